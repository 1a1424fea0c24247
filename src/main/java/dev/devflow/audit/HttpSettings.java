package dev.devflow.audit;

import java.io.IOException;
import java.net.Authenticator;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * How the audit reaches the advisory database: the proxy from Maven's {@code settings.xml}, the
 * hosts that bypass it, and how long to wait. Maven resolves artifacts with its own HTTP stack, so
 * the audit has to be given the proxy explicitly; the JDK's {@code http.proxyHost} properties are
 * not set in a Maven build.
 *
 * <p>Only HTTP proxies are supported (the JDK's HTTP client has no SOCKS support). A proxy that
 * asks for Basic credentials on an {@code https} address is refused by the JDK unless the build
 * runs with {@code -Djdk.http.auth.tunneling.disabledSchemes=} (in {@code .mvn/jvm.config} or
 * {@code MAVEN_OPTS}); plain {@code http} addresses and other schemes need nothing.
 *
 * @param proxyHost     the proxy's host; null or blank to connect directly
 * @param proxyPort     the proxy's port
 * @param proxyUser     the user to give the proxy when it asks; null or blank for none
 * @param proxyPassword that user's password
 * @param nonProxyHosts hosts reached directly, Maven's patterns with {@code *} as a wildcard
 *                      ({@code *.corp}, {@code localhost}), already split at {@code |}
 * @param timeout       how long to wait for a connection, for an answer to begin, and for the next
 *                      bytes of a download
 */
public record HttpSettings(String proxyHost, int proxyPort, String proxyUser, String proxyPassword,
                           List<String> nonProxyHosts, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public HttpSettings {
        nonProxyHosts = nonProxyHosts == null ? List.of() : List.copyOf(nonProxyHosts);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    /** No proxy, a 30 s timeout. */
    public static HttpSettings direct() {
        return new HttpSettings(null, 0, null, null, List.of(), DEFAULT_TIMEOUT);
    }

    /** A client that follows redirects (except https to http), through the proxy unless the host is exempt. */
    HttpClient client() {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(timeout)
                .proxy(new MavenProxySelector(this));
        if (hasProxy() && proxyUser != null && !proxyUser.isBlank()) {
            builder.authenticator(new ProxyLogin(proxyHost, proxyUser, proxyPassword));
        }
        return builder.build();
    }

    boolean hasProxy() {
        return proxyHost != null && !proxyHost.isBlank();
    }

    /**
     * Why a request to {@code url} failed, in words for a build log. The JDK's messages are often
     * empty (a refused connection has none) or name an exception class, so the common cases are
     * spelled out here.
     */
    String reason(URI url, IOException failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "no connection within " + shown(timeout);
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + shown(timeout);
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                String host = hasProxy() && usesProxy(url) ? proxyHost : url.getHost();
                return "unknown host " + host;
            }
            if (cause instanceof ConnectException) {
                // The JDK's client gives no message; a failed connect is nearly always a refusal.
                return hasProxy() && usesProxy(url) ? "the proxy " + proxyHost + ":" + proxyPort
                        + " refused the connection" : "connection refused";
            }
            if (cause instanceof SSLException) {
                return "the TLS handshake failed" + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && !message.isBlank() && !message.startsWith("java.")) {
                return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
            }
        }
        return "the connection failed";
    }

    /** An HTTP status with its meaning, for the statuses a download or query can meet. */
    static String status(int code) {
        String meaning = switch (code) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 407 -> "the proxy asks for credentials";
            case 429 -> "too many requests";
            case 500 -> "server error";
            case 502 -> "bad gateway";
            case 503 -> "service unavailable";
            case 504 -> "gateway timeout";
            default -> "";
        };
        return "HTTP " + code + (meaning.isEmpty() ? "" : " " + meaning);
    }

    static String shown(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    boolean usesProxy(URI url) {
        if (!hasProxy()) {
            return false;
        }
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        return nonProxyHosts.stream().map(String::trim).filter(p -> !p.isEmpty())
                .noneMatch(pattern -> wildcard(pattern).matcher(host).matches());
    }

    /** Maven's non-proxy patterns: {@code *} for any text, case ignored, everything else literal. */
    private static Pattern wildcard(String pattern) {
        return Pattern.compile(Arrays.stream(pattern.toLowerCase(Locale.ROOT).split("\\*", -1))
                .map(Pattern::quote).collect(Collectors.joining(".*")));
    }

    @Override
    public String toString() {
        // A record prints every field; the password must not end up in a log.
        return "HttpSettings[proxy=" + (hasProxy() ? proxyHost + ":" + proxyPort : "none")
                + (proxyUser == null || proxyUser.isBlank() ? "" : ", user=" + proxyUser)
                + ", nonProxyHosts=" + nonProxyHosts + ", timeout=" + shown(timeout) + "]";
    }

    /** The one proxy for every address but the exempt hosts. */
    private static final class MavenProxySelector extends ProxySelector {

        private final HttpSettings settings;

        MavenProxySelector(HttpSettings settings) {
            this.settings = settings;
        }

        @Override
        public List<Proxy> select(URI uri) {
            if (!settings.usesProxy(uri)) {
                return List.of(Proxy.NO_PROXY);
            }
            return List.of(new Proxy(Proxy.Type.HTTP,
                    InetSocketAddress.createUnresolved(settings.proxyHost(), settings.proxyPort())));
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException failure) {
            // There is no other proxy to fall back to; the request fails with the reason.
        }
    }

    /** Answers only the proxy: a server asking for a login must not be handed the proxy's password. */
    private static final class ProxyLogin extends Authenticator {

        private final String host;
        private final String user;
        private final char[] password;

        ProxyLogin(String host, String user, String password) {
            this.host = host;
            this.user = user;
            this.password = password == null ? new char[0] : password.toCharArray();
        }

        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
            if (getRequestorType() != RequestorType.PROXY || !host.equalsIgnoreCase(getRequestingHost())) {
                return null;
            }
            return new PasswordAuthentication(user, password.clone());
        }
    }
}
