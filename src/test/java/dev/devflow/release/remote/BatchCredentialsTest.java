package dev.devflow.release.remote;

import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BatchCredentialsTest {

    private static final URIish REMOTE = new URIish().setScheme("https").setHost("git.example.com");

    @Test
    void givesAnHttpsRemoteTheServerCredentials() {
        BatchCredentials credentials = new BatchCredentials(
                Optional.of(new UsernamePasswordCredentialsProvider("release", "token")));
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();

        assertThat(credentials.get(REMOTE, user, password)).isTrue();
        assertThat(user.getValue()).isEqualTo("release");
        assertThat(password.getValue()).containsExactly("token".toCharArray());
    }

    /** JGit asks "Accept and store this key?" with a yes/no item: the answer must be no, at once. */
    @Test
    void declinesEveryQuestionItCannotAnswerWithoutAsking() {
        BatchCredentials credentials = new BatchCredentials(
                Optional.of(new UsernamePasswordCredentialsProvider("release", "token")));
        CredentialItem.YesNoType trustHost = new CredentialItem.YesNoType("Accept and store this key?");

        assertThat(credentials.get(REMOTE, new CredentialItem.InformationalMessage("unknown host"), trustHost))
                .isFalse();
        assertThat(trustHost.getValue()).isFalse();
        assertThat(credentials.isInteractive()).isFalse();
    }

    /** JGit resets after a refused login and asks again; the settings would give the same refused answer. */
    @Test
    void givesTheServerCredentialsNoMoreOnceTheRemoteRefusedThem() {
        BatchCredentials credentials = new BatchCredentials(
                Optional.of(new UsernamePasswordCredentialsProvider("release", "expired")));
        credentials.reset(REMOTE);
        CredentialItem.Username user = new CredentialItem.Username();
        CredentialItem.Password password = new CredentialItem.Password();

        assertThat(credentials.supports(user, password)).isFalse();
        assertThat(credentials.get(REMOTE, user, password)).isFalse();
        assertThat(password.getValue()).isNull();
    }

    @Test
    void withoutServerCredentialsSaysNoToEverything() {
        BatchCredentials credentials = new BatchCredentials(Optional.empty());

        assertThat(credentials.supports(new CredentialItem.Username(), new CredentialItem.Password())).isFalse();
        assertThat(credentials.get(REMOTE, new CredentialItem.Password())).isFalse();
    }
}
