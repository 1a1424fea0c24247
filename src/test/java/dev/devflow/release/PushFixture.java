package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the push tests start, whatever the transport: a bare upstream whose main has one commit
 * (pom.xml at 1.2.0-SNAPSHOT), and in a clone of it the release's commit and annotated tag v1.2.0.
 */
final class PushFixture {

    private PushFixture() {
    }

    /** Creates the bare upstream at {@code upstream}, seeded from a scratch repository in {@code dir}. */
    static Path bareUpstream(Path dir, Path upstream) throws Exception {
        Path seed = dir.resolve("seed");
        try (GitFixture fixture = GitFixture.init(seed)) {
            fixture.write("pom.xml", "<version>1.2.0-SNAPSHOT</version>\n").commit("start");
        }
        Git.cloneRepository().setBare(true).setURI(seed.toUri().toString()).setDirectory(upstream.toFile()).call()
                .close();
        return upstream;
    }

    /** Records release 1.2.0 in the clone, as the record step does: its commit, then its tag. */
    static RevCommit recordRelease(Git clone, ReleaseJournal journal) throws Exception {
        Files.writeString(clone.getRepository().getWorkTree().toPath().resolve("pom.xml"), "<version>1.2.0</version>\n");
        RevCommit release = new ReleaseRecorder(clone, journal, false).commit("Release v1.2.0", List.of("pom.xml"));
        new ReleaseRecorder(clone, journal, false).tag("v1.2.0", "notes\n", release);
        return release;
    }

    /** Both refs reached the upstream, at the clone's HEAD, and the journal says so. */
    static void assertPushed(Git clone, Path upstream) throws Exception {
        ObjectId head = clone.getRepository().resolve("HEAD");
        assertThat(resolve(upstream, "refs/heads/main")).isEqualTo(head);
        assertThat(resolve(upstream, "refs/tags/v1.2.0^{commit}")).isEqualTo(head);
        assertThat(journalPushes(clone)).containsExactly(Map.entry("refs/heads/main", PushState.DONE),
                Map.entry("refs/tags/v1.2.0", PushState.DONE));
    }

    /** The upstream is as it was ({@code main} at {@code upstreamMain}, no tag), and the journal says so. */
    static void assertNothingPushed(Git clone, Path upstream, ObjectId upstreamMain) throws Exception {
        assertThat(resolve(upstream, "refs/heads/main")).isEqualTo(upstreamMain);
        assertThat(resolve(upstream, "refs/tags/v1.2.0")).isNull();
        assertThat(journalPushes(clone)).containsExactly(Map.entry("refs/heads/main", PushState.NOT_STARTED),
                Map.entry("refs/tags/v1.2.0", PushState.NOT_STARTED));
    }

    /** What the release journal in the clone says of each ref's push. */
    static Map<String, PushState> journalPushes(Git clone) throws Exception {
        return ReleaseJournal.read(clone.getRepository().getDirectory().toPath()).orElseThrow().pushes();
    }

    static ObjectId resolve(Path upstream, String revision) throws Exception {
        try (Repository remote = Git.open(upstream.toFile()).getRepository()) {
            return remote.resolve(revision);
        }
    }
}
