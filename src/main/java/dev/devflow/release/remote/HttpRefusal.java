package dev.devflow.release.remote;

import org.eclipse.jgit.internal.JGitText;
import org.eclipse.jgit.transport.RemoteConfig;

import javax.net.ssl.SSLException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Optional;

/**
 * An HTTP(S) remote that refused the login (401) or the push (403), or whose certificate the JVM
 * does not trust, and which settings to correct. All come before the remote ran git, so nothing
 * was sent. JGit has no typed exception for them; its messages are its own (JGitText, in the
 * JVM's locale), so they are matched against that text. JGit's messages show the URL without
 * its password, and so do these.
 */
final class HttpRefusal {

    private static final String SERVER_ID_PROPERTY = "devflow.release.serverId";
    /** Stands for what a JGit message has in place of an argument not known here (a URL). */
    private static final String UNKNOWN = "\u0000";

    private HttpRefusal() {
    }

    /** The failure and its fix where the remote refused; empty when the cause lies elsewhere. */
    static Optional<RemoteFailure> explain(Exception failure, Optional<String> serverId) {
        String message = String.valueOf(failure.getMessage());
        if (message.endsWith(JGitText.get().notAuthorized)) {
            return Optional.of(serverId.map(id -> wrongLogin(message, id, failure))
                    .orElseGet(() -> noLogin(message, failure)));
        }
        if (says(message, JGitText.get().serviceNotPermitted, UNKNOWN, RemoteConfig.DEFAULT_RECEIVE_PACK)) {
            return Optional.of(pushForbidden(message, serverId, failure));
        }
        if (says(message, JGitText.get().sslFailureExceptionMessage, UNKNOWN)) {
            return Optional.of(untrustedCertificate(message, failure));
        }
        return Optional.empty();
    }

    private static RemoteFailure wrongLogin(String message, String serverId, Exception failure) {
        return new RemoteFailure(message + ": the remote refused the username and password of the Maven settings"
                + " <server> '" + serverId + "' (" + SERVER_ID_PROPERTY + ").", Optional.of("correct the <username>"
                + " and <password> of <server> '" + serverId + "' in settings.xml; where the host takes tokens"
                + " (GitHub, GitLab, Bitbucket), the password is a token that may write to the repository."),
                true, failure);
    }

    private static RemoteFailure noLogin(String message, Exception failure) {
        return new RemoteFailure(message + ": the remote asks for a login, and " + SERVER_ID_PROPERTY + " names no"
                + " Maven settings <server> to log in with.", Optional.of("add a <server> with your <username> and"
                + " <password> (or a token) to settings.xml and name it with -D" + SERVER_ID_PROPERTY + "=<its id>"
                + " (or <serverId> in the plugin's configuration)."), true, failure);
    }

    private static RemoteFailure pushForbidden(String message, Optional<String> serverId, Exception failure) {
        String login = serverId.map(id -> "the login of <server> '" + id + "'").orElse("this login");
        return new RemoteFailure(message + ": the remote accepts " + login + " for reading, not for pushing.",
                Optional.of("give " + login + " write access to the repository; where the host takes tokens, use"
                        + " a token that may write to it (GitHub: Contents read and write; GitLab: write_repository)."),
                true, failure);
    }

    /**
     * JGit asks the credentials provider whether to trust the certificate anyway; a batch build
     * says no ({@link BatchCredentials}), so the JVM's truststore decides, as it does for Maven's
     * own downloads.
     */
    private static RemoteFailure untrustedCertificate(String message, Exception failure) {
        return new RemoteFailure(message + ": " + handshakeProblem(failure) + ". A batch build does not ask whether"
                + " to trust the host's certificate.", Optional.of("make Maven's JVM trust it: import the CA that"
                + " signed it (keytool -importcert) into a copy of the JDK's cacerts and name that in MAVEN_OPTS or"
                + " .mvn/jvm.config: -Djavax.net.ssl.trustStore=<file> -Djavax.net.ssl.trustStorePassword=<password>."
                + " Only for a host you trust on a network you trust: git config http.<url>.sslVerify false turns"
                + " the check off for that URL."), true, failure);
    }

    /** What TLS said: an unknown issuer, an expired certificate, another host's name. */
    private static String handshakeProblem(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return "TLS reported " + cause.getMessage();
            }
        }
        return "the TLS handshake failed";
    }

    /**
     * Whether {@code message} is JGit's {@code pattern} with these arguments: every piece of the
     * pattern around the {@link #UNKNOWN} ones is in it, in whatever order a translation has them.
     */
    private static boolean says(String message, String pattern, Object... arguments) {
        return Arrays.stream(MessageFormat.format(pattern, arguments).split(UNKNOWN))
                .filter(piece -> !piece.isBlank())
                .allMatch(message::contains);
    }
}
