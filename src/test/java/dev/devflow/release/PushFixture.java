package dev.devflow.release;

import dev.devflow.testing.GitFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
}
