package dev.devflow.release;

import dev.devflow.changelog.ReleaseNotes;
import dev.devflow.release.pom.ArtifactKey;
import dev.devflow.changelog.ChangelogParser;
import dev.devflow.changelog.ChangelogSettings;
import dev.devflow.changelog.ChangelogValidator;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Severity;
import dev.devflow.testing.GitFixture;
import dev.devflow.testing.GitReceivePack;
import dev.devflow.testing.IsolatedGitConfig;
import dev.devflow.testing.RepositorySnapshot;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevTag;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@link ReleaseWorkflow} end to end on real repositories: a two-module reactor cloned from a bare
 * upstream, released, interrupted after every step, killed, planned dry, refused, released twice,
 * and the plugin's own pom and changelog released from a copy.
 */
class ReleaseWorkflowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final String TIMESTAMP = "2026-11-25T10:15:30Z";
    private static final Set<ArtifactKey> REACTOR = Set.of(new ArtifactKey("com.acme", "acme-parent"),
            new ArtifactKey("com.acme", "acme-core"));

    private static final String ROOT_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <groupId>com.acme</groupId>
              <artifactId>acme-parent</artifactId>
              <version>1.2.0-SNAPSHOT</version>
              <packaging>pom</packaging>
              <properties>
                <project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp>
              </properties>
              <modules>
                <module>core</module>
              </modules>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>com.acme</groupId>
                    <artifactId>acme-core</artifactId>
                    <version>1.2.0-SNAPSHOT</version>
                  </dependency>
                </dependencies>
              </dependencyManagement>
            </project>
            """;

    private static final String CORE_POM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <project xmlns="http://maven.apache.org/POM/4.0.0">
              <modelVersion>4.0.0</modelVersion>
              <parent>
                <groupId>com.acme</groupId>
                <artifactId>acme-parent</artifactId>
                <version>1.2.0-SNAPSHOT</version>
              </parent>
              <artifactId>acme-core</artifactId>
            </project>
            """;

    private static final String CHANGELOG = """
            # Changelog

            All notable changes to this project are documented in this file.

            ## [Unreleased]

            ### Added

            - A release goal.

            ## [1.1.0] - 2026-01-15

            ### Added

            - Reports.

            ## [1.0.0] - 2025-12-01

            ### Added

            - Gates.

            [Unreleased]: https://github.com/acme/acme/compare/v1.1.0...HEAD
            [1.1.0]: https://github.com/acme/acme/compare/v1.0.0...v1.1.0
            [1.0.0]: https://github.com/acme/acme/releases/tag/v1.0.0
            """;

    private static final String ROLLED = """
            # Changelog

            All notable changes to this project are documented in this file.

            ## [Unreleased]

            ## [1.2.0] - 2026-11-25

            ### Added

            - A release goal.

            ## [1.1.0] - 2026-01-15

            ### Added

            - Reports.

            ## [1.0.0] - 2025-12-01

            ### Added

            - Gates.

            [Unreleased]: https://github.com/acme/acme/compare/v1.2.0...HEAD
            [1.2.0]: https://github.com/acme/acme/compare/v1.1.0...v1.2.0
            [1.1.0]: https://github.com/acme/acme/compare/v1.0.0...v1.1.0
            [1.0.0]: https://github.com/acme/acme/releases/tag/v1.0.0
            """;

    private static final String NOTES = "### Added\n\n- A release goal.\n";

    /** The steps after which {@link ReleaseWorkflow.StepListener} runs, each one a place to interrupt. */
    enum Interrupted {
        EDIT(ReleaseStep.EDIT, false), VERIFY(ReleaseStep.VERIFY, false), RECORD(ReleaseStep.RECORD, false),
        PUSH(ReleaseStep.PUSH, true);

        final ReleaseStep step;
        final boolean push;

        Interrupted(ReleaseStep step, boolean push) {
            this.step = step;
            this.push = push;
        }
    }

    /** Something a verification does besides recording what it saw. */
    @FunctionalInterface
    interface Outcome {
        void happen() throws ReleaseFailure;
    }

    /** Stands for the child Maven build: records the poms and the changelog as they are when it runs. */
    private static final class FakeVerification implements ReleaseVerification {
        private final Path work;
        private final boolean enabled;
        private final Outcome outcome;
        final List<Map<String, String>> seen = new ArrayList<>();

        FakeVerification(Path work, boolean enabled, Outcome outcome) {
            this.work = work;
            this.enabled = enabled;
            this.outcome = outcome;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public String describe() {
            return "mvn clean verify (fake)";
        }

        @Override
        public void verify() throws ReleaseFailure {
            Map<String, String> files = new TreeMap<>();
            try {
                for (String path : List.of("pom.xml", "core/pom.xml", "CHANGELOG.md")) {
                    Path file = work.resolve(path);
                    if (Files.exists(file)) {
                        files.put(path, Files.readString(file));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            seen.add(files);
            outcome.happen();
        }
    }

    /** Escapes the workflow's catch as a kill would: the journal stays, nothing is put back. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed(ReleaseStep step) {
            super("killed after " + step.label());
        }
    }

    @TempDir
    Path dir;

    private IsolatedGitConfig config;
    private Path upstream;
    private Path work;
    private Git git;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void createProject() throws Exception {
        config = IsolatedGitConfig.install(Files.createDirectories(dir.resolve("home")));
        Path seed = dir.resolve("seed");
        try (GitFixture fixture = GitFixture.init(seed)) {
            fixture.write(".gitignore", "target/\n").write("pom.xml", ROOT_POM).write("core/pom.xml", CORE_POM)
                    .write("CHANGELOG.md", CHANGELOG).commit("1.1.0 and an entry").tag("v1.1.0");
        }
        upstream = dir.resolve("upstream.git");
        Git.cloneRepository().setBare(true).setURI(seed.toUri().toString()).setDirectory(upstream.toFile()).call()
                .close();
        work = dir.resolve("work");
        git = Git.cloneRepository().setURI(upstream.toUri().toString()).setDirectory(work.toFile()).call();
        // an ignored build output the release must neither need nor disturb
        Files.createDirectories(work.resolve("target"));
        Files.writeString(work.resolve("target/build.log"), "ignored and kept\n");
    }

    @AfterEach
    void close() {
        git.close();
        config.close();
    }

    // ---------------------------------------------------------------- 1. a full release

    @Test
    void releasesCommitsTagsAndStartsTheNextVersion() throws Exception {
        ObjectId start = head();
        FakeVerification verification = new FakeVerification(work, true, () -> { });

        ReleasePlan plan = workflow(settings(false), verification).release();

        assertThat(plan.version().version()).hasToString("1.2.0");
        assertThat(plan.developmentVersion()).hasToString("1.2.1-SNAPSHOT");
        assertThat(plan.tag()).isEqualTo("v1.2.0");
        Repository repository = git.getRepository();
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit next = walk.parseCommit(head());
            RevCommit release = walk.parseCommit(next.getParent(0));
            assertThat(next.getFullMessage()).isEqualTo("Start 1.2.1-SNAPSHOT after v1.2.0");
            assertThat(release.getFullMessage()).isEqualTo("Release v1.2.0");
            assertThat(release.getParentCount()).isEqualTo(1);
            assertThat(release.getParent(0).getId()).isEqualTo(start);
            assertThat(release.getAuthorIdent().getName()).isEqualTo("Release Tester");

            RevObject tagObject = walk.parseAny(repository.exactRef("refs/tags/v1.2.0").getObjectId());
            assertThat(tagObject).isInstanceOf(RevTag.class);
            RevTag tag = (RevTag) tagObject;
            assertThat(tag.getTagName()).isEqualTo("v1.2.0");
            assertThat(tag.getFullMessage()).isEqualTo(NOTES);
            assertThat(tag.getObject().getId()).isEqualTo(release.getId());

            assertThat(fileAt(release, "CHANGELOG.md")).isEqualTo(ROLLED);
            assertThat(fileAt(release, "pom.xml")).isEqualTo(ROOT_POM.replace("1.2.0-SNAPSHOT", "1.2.0")
                    .replace("2026-01-01T00:00:00Z", TIMESTAMP));
            assertThat(fileAt(release, "core/pom.xml")).isEqualTo(CORE_POM.replace("1.2.0-SNAPSHOT", "1.2.0"));
            assertThat(fileAt(next, "CHANGELOG.md")).isEqualTo(ROLLED);
            assertThat(fileAt(next, "pom.xml")).isEqualTo(ROOT_POM.replace("1.2.0-SNAPSHOT", "1.2.1-SNAPSHOT")
                    .replace("2026-01-01T00:00:00Z", TIMESTAMP));
            assertThat(fileAt(next, "core/pom.xml")).isEqualTo(CORE_POM.replace("1.2.0-SNAPSHOT", "1.2.1-SNAPSHOT"));
            assertThat(Files.readString(work.resolve("pom.xml"))).isEqualTo(fileAt(next, "pom.xml"));
            assertThat(Files.readString(work.resolve("CHANGELOG.md"))).isEqualTo(ROLLED);
        }
        assertThat(Files.readString(work.resolve("target/devflow/release-notes.md"))).isEqualTo(NOTES);
        assertThat(Files.readString(work.resolve("target/build.log"))).isEqualTo("ignored and kept\n");
        assertThat(journal()).doesNotExist();
        assertThat(git.status().call().isClean()).isTrue();
        assertThat(repository.getFullBranch()).isEqualTo("refs/heads/main");

        assertThat(verification.seen).hasSize(1);
        Map<String, String> seen = verification.seen.get(0);
        assertThat(seen.get("pom.xml")).contains("<version>1.2.0</version>").doesNotContain("SNAPSHOT");
        assertThat(seen.get("core/pom.xml")).contains("<version>1.2.0</version>").doesNotContain("SNAPSHOT");
        assertThat(seen.get("CHANGELOG.md")).isEqualTo(ROLLED);
        assertThat(log).contains("Verifying the release state: mvn clean verify (fake)",
                "Released v1.2.0; the project is now at 1.2.1-SNAPSHOT.");
        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0")).as("push is off").isNull();
            assertThat(remote.getRepository().resolve("refs/heads/main")).isEqualTo(start);
        }
    }

    @Test
    void pushesTheBranchAndTheTagWhenAsked() throws Exception {
        workflow(settings(true), new FakeVerification(work, true, () -> { })).release();

        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/heads/main")).isEqualTo(head());
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0^{commit}")).isEqualTo(head("HEAD~1"));
        }
        assertThat(journal()).doesNotExist();
    }

    // ---------------------------------------------------------------- 2. fault injection

    @ParameterizedTest
    @EnumSource(Interrupted.class)
    void aFailureAfterAnyStepPutsEverythingBack(Interrupted at) throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        FakeVerification verification = new FakeVerification(work, true, () -> { });
        ReleaseWorkflow workflow = workflow(settings(at.push), verification).onStepFinished(step -> {
            if (step == at.step) {
                throw new ReleaseFailure(step, "interrupted after " + step.label() + ".", "nothing to fix.");
            }
        });

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class, workflow::release);

        assertThat(failure).isNotNull();
        assertThat(failure.step()).isEqualTo(at.step);
        assertThat(failure.getMessage()).startsWith("Release step '" + at.step.label() + "': interrupted after "
                + at.step.label() + ".").contains("Everything the release changed in this repository was put back:");
        if (at.push) {
            assertThat(failure.getMessage()).contains("\nOn the remote:\n  - not undone: branch main");
        } else {
            assertThat(failure.getMessage()).doesNotContain("On the remote");
        }
        assertPutBack(before);
        assertThat(verification.seen).hasSize(at == Interrupted.EDIT ? 0 : 1);
        assertThat(Files.exists(work.resolve("target/devflow/release-notes.md"))).isFalse();
    }

    @Test
    void aFailingVerifyBuildPutsEverythingBack() throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        FakeVerification verification = new FakeVerification(work, true, () -> {
            throw new ReleaseFailure(ReleaseStep.VERIFY, "the verify build failed: 2 tests failed.",
                    "run mvn clean verify and fix the tests.");
        });

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class,
                workflow(settings(false), verification)::release);

        assertThat(failure.step()).isEqualTo(ReleaseStep.VERIFY);
        assertThat(failure.problem()).isEqualTo("the verify build failed: 2 tests failed.");
        assertThat(failure.fix()).startsWith("run mvn clean verify and fix the tests.\n"
                + "Everything the release changed in this repository was put back:");
        assertThat(failure.getMessage()).doesNotContain("On the remote");
        assertThat(verification.seen).hasSize(1);
        assertPutBack(before);
    }

    @Test
    void anUnexpectedErrorInTheVerifyBuildPutsEverythingBack() throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        FakeVerification verification = new FakeVerification(work, true, () -> {
            throw new IllegalStateException("the child build crashed");
        });

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class,
                workflow(settings(false), verification)::release);

        assertThat(failure.problem()).isEqualTo("the release stopped on an unexpected error:"
                + " java.lang.IllegalStateException: the child build crashed");
        assertThat(failure.step()).isEqualTo(ReleaseStep.VERIFY);
        assertThat(failure.getCause()).isInstanceOf(IllegalStateException.class);
        assertThat(failure.fix()).contains("Everything the release changed in this repository was put back:");
        assertPutBack(before);
    }

    // ---------------------------------------------------------------- 3. a failure after the push

    @Test
    void aFailureAfterThePushSaysWhatIsOnTheRemoteAndHowToRemoveIt() throws Exception {
        ObjectId start = head();
        RepositorySnapshot before = RepositorySnapshot.of(git);
        ReleaseWorkflow workflow = workflow(settings(true), new FakeVerification(work, true, () -> { }))
                .onStepFinished(step -> {
                    if (step == ReleaseStep.PUSH) {
                        throw new ReleaseFailure(step, "the deploy after the push failed.", "deploy again.");
                    }
                });

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class, workflow::release);

        String onRemote = failure.fix().substring(failure.fix().indexOf("\nOn the remote:"));
        assertThat(onRemote).isEqualTo("\nOn the remote:"
                + "\n  - not undone: branch main on the remote 'origin' has the release commits; if nobody has"
                + " fetched them, git push --force-with-lease=refs/heads/main origin " + start.name()
                + ":refs/heads/main, otherwise revert them with git revert"
                + "\n  - not undone: tag v1.2.0 is on the remote 'origin'; delete it there with git push --delete"
                + " origin v1.2.0");
        // what was put back names only local things
        String local = failure.fix().substring(0, failure.fix().indexOf("\nOn the remote:"));
        assertThat(local).contains("tag v1.2.0 deleted.", "HEAD on main at " + start.abbreviate(7).name())
                .doesNotContain("remote");
        try (Git remote = Git.open(upstream.toFile())) {
            ObjectId remoteMain = remote.getRepository().resolve("refs/heads/main");
            assertThat(remoteMain).as("the remote keeps what was pushed").isNotEqualTo(start);
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0")).isNotNull();
            assertThat(git.getRepository().resolve("refs/remotes/origin/main")).isEqualTo(remoteMain);
        }
        assertPutBack(before);
        // the next release is refused until the remote is dealt with, instead of releasing v1.2.0 twice
        ReleaseFailure again = catchThrowableOfType(ReleaseFailure.class,
                workflow(settings(true), new FakeVerification(work, true, () -> { }))::plan);
        assertThat(again.problem()).contains("branch main is 2 commit(s) behind its upstream.",
                "the tag v1.2.0 already exists on the remote 'origin'.");

        // the advice works: the tag deleted there, main forced back with the lease the tracking ref gives
        git.push().setRemote("origin").setRefSpecs(new RefSpec(":refs/tags/v1.2.0")).call();
        git.push().setRemote("origin").setRefSpecs(new RefSpec("+" + start.name() + ":refs/heads/main"))
                .setRefLeaseSpecs(new RefLeaseSpec("refs/heads/main", "refs/remotes/origin/main")).call();
        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/heads/main")).isEqualTo(start);
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0")).isNull();
        }
        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
        assertThat(workflow(settings(true), new FakeVerification(work, true, () -> { })).plan().tag())
                .isEqualTo("v1.2.0");
    }

    /** A remote without atomic push took the branch, then its hook refused the tag. */
    @Test
    void aPartialPushSaysWhatTheRemoteTookAndHowToUndoIt() throws Exception {
        assumeTrue(GitReceivePack.available(), "needs git on PATH and POSIX hooks");
        ObjectId start = head();
        GitReceivePack.withoutAtomicPush(upstream);
        GitReceivePack.hook(upstream, "update", "case \"$1\" in refs/tags/*)\n"
                + "  echo 'tags are made by CI here' >&2\n  exit 1\nesac\n");
        GitReceivePack.serve(git.getRepository(), "origin");
        RepositorySnapshot before = RepositorySnapshot.of(git);

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class,
                workflow(settings(true), new FakeVerification(work, true, () -> { }))::release);

        assertThat(failure.problem()).isEqualTo("the push to 'origin' is partial: main pushed, but v1.2.0 rejected"
                + " (hook declined).\nremote: tags are made by CI here"
                + "\nremote: error: hook declined to update refs/tags/v1.2.0");
        // the release's tag and commits are gone locally: the fix undoes the branch, it does not push the tag
        assertThat(failure.fix()).startsWith("correct what the remote refused, undo main on 'origin' (a rollback"
                        + " restores only the local repository) and release again."
                        + "\nEverything the release changed in this repository was put back:")
                .contains("tag v1.2.0 deleted.")
                .endsWith("\nOn the remote:"
                        + "\n  - not undone: branch main on the remote 'origin' has the release commits; if nobody"
                        + " has fetched them, git push --force-with-lease=refs/heads/main origin " + start.name()
                        + ":refs/heads/main, otherwise revert them with git revert");
        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/heads/main")).isNotEqualTo(start);
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0")).isNull();
        }
        assertPutBack(before);
    }

    // ---------------------------------------------------------------- 4. a killed run

    @Test
    void aKilledReleaseBlocksTheNextUntilRolledBack() throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        ReleaseWorkflow killed = workflow(settings(false), new FakeVerification(work, true, () -> { }))
                .onStepFinished(step -> {
                    if (step == ReleaseStep.RECORD) {
                        throw new Killed(step);
                    }
                });

        assertThatThrownBy(killed::release).isInstanceOf(Killed.class);
        assertThat(journal()).exists();
        assertThat(git.getRepository().resolve("refs/tags/v1.2.0")).isNotNull();

        ReleaseWorkflow next = workflow(settings(false), new FakeVerification(work, true, () -> { }));
        ReleaseFailure blocked = catchThrowableOfType(ReleaseFailure.class, next::plan);
        assertThat(blocked.step()).isEqualTo(ReleaseStep.READINESS);
        assertThat(blocked.getMessage()).contains("an earlier release did not finish: its journal " + journal()
                + " is still there.", "mvn devflow:release -Ddevflow.release.rollback");
        ReleaseFailure alsoBlocked = catchThrowableOfType(ReleaseFailure.class, next::release);
        assertThat(alsoBlocked.getMessage()).contains(journal().toString());
        assertThat(journal()).as("a refused release leaves the journal alone").exists();

        RollbackReport report = next.rollback();

        assertThat(report.restored()).contains("tag v1.2.0 deleted.", "pom.xml as before the release.",
                "core/pom.xml as before the release.", "CHANGELOG.md as before the release.");
        assertThat(report.onRemote()).isEmpty();
        assertPutBack(before);
        ReleasePlan plan = next.plan();
        assertThat(plan.tag()).isEqualTo("v1.2.0");
        assertThat(next.rollback().restored()).containsExactly("no unfinished release here: nothing to roll back.");
    }

    // ---------------------------------------------------------------- 5. dry plan

    @Test
    void aPlanChangesNothingAndShowsEveryEdit() throws Exception {
        RepositorySnapshot before = RepositorySnapshot.of(git);
        FakeVerification verification = new FakeVerification(work, true, () -> { });

        ReleasePlan plan = workflow(settings(true), verification).plan();
        List<String> lines = plan.describe(work);

        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
        assertThat(journal()).doesNotExist();
        assertThat(verification.seen).isEmpty();
        try (Git remote = Git.open(upstream.toFile())) {
            assertThat(remote.getRepository().resolve("refs/tags/v1.2.0")).isNull();
        }
        assertThat(lines.get(0)).isEqualTo("Release 1.2.0 (minor bump from 1.1.0: 'Added' entry at CHANGELOG.md:9"
                + " (A release goal.))");
        assertThat(lines).contains(
                "1. Edit, then verify with mvn clean verify (fake):",
                "   CHANGELOG.md",
                "     +7: ## [1.2.0] - 2026-11-25",
                "     -23: [Unreleased]: https://github.com/acme/acme/compare/v1.1.0...HEAD",
                "     +25: [Unreleased]: https://github.com/acme/acme/compare/v1.2.0...HEAD",
                "     +26: [1.2.0]: https://github.com/acme/acme/compare/v1.1.0...v1.2.0",
                "   pom.xml",
                "     -6:   <version>1.2.0-SNAPSHOT</version>",
                "     +6:   <version>1.2.0</version>",
                "     +9:     <project.build.outputTimestamp>2026-11-25T10:15:30Z</project.build.outputTimestamp>",
                "   core/pom.xml",
                "     +7:     <version>1.2.0</version>",
                "2. Commit 'Release v1.2.0', annotated tag v1.2.0 with the release notes:",
                "     | ### Added",
                "     | - A release goal.",
                "3. Set 1.2.1-SNAPSHOT and commit 'Start 1.2.1-SNAPSHOT after v1.2.0':",
                "     +6:   <version>1.2.1-SNAPSHOT</version>",
                "4. Push the branch and v1.2.0 to origin.");
    }

    // ---------------------------------------------------------------- 6. readiness

    @Test
    void refusesWithEveryProblemAtOnce() throws Exception {
        Files.writeString(work.resolve("CHANGELOG.md"), CHANGELOG.replace("### Added\n\n- A release goal.\n\n", ""));
        RepositorySnapshot before = RepositorySnapshot.of(git);
        ReadinessProblem snapshot = new ReadinessProblem("core/pom.xml:9: acme-core depends on org.other:lib:2.0-SNAPSHOT.",
                "use a released version; a release must not depend on SNAPSHOTs.");
        ReleaseSettings settings = settings(false);
        settings = new ReleaseSettings(settings.changelogFile(), settings.poms(), settings.reactor(),
                settings.projectVersion(), settings.version(), settings.developmentVersion(), settings.bumps(),
                settings.tagPattern(), settings.git(), settings.noVerify(), List.of(snapshot), settings.releaseNotes(),
                settings.today(), settings.outputTimestamp());
        FakeVerification verification = new FakeVerification(work, true, () -> { });

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class, workflow(settings, verification)::release);

        assertThat(failure.step()).isEqualTo(ReleaseStep.READINESS);
        assertThat(failure.problem()).startsWith("3 problems keep the project from being released:")
                .contains("\n  - core/pom.xml:9: acme-core depends on org.other:lib:2.0-SNAPSHOT. Fix: use a"
                        + " released version")
                .contains("\n  - '[Unreleased]' at CHANGELOG.md:5 is empty, so there is nothing to release.")
                .contains("\n  - there are uncommitted changes: CHANGELOG.md.");
        assertThat(RepositorySnapshot.of(git)).isEqualTo(before);
        assertThat(journal()).doesNotExist();
        assertThat(verification.seen).isEmpty();
    }

    // ---------------------------------------------------------------- 7. the next release

    @Test
    void aSecondReleaseStartsFromTheFirst() throws Exception {
        workflow(settings(false), new FakeVerification(work, true, () -> { })).release();
        String rolled = Files.readString(work.resolve("CHANGELOG.md"));
        Files.writeString(work.resolve("CHANGELOG.md"), rolled.replace("## [Unreleased]\n",
                "## [Unreleased]\n\n### Fixed\n\n- A crash on empty changelogs.\n"));
        git.add().addFilepattern("CHANGELOG.md").call();
        git.commit().setMessage("Fix a crash").call();
        RepositorySnapshot before = RepositorySnapshot.of(git);

        ReleasePlan plan = workflow(settings(false, "1.2.1-SNAPSHOT"), new FakeVerification(work, true, () -> { }))
                .release();

        assertThat(plan.version().version()).hasToString("1.2.1");
        assertThat(plan.version().reason()).startsWith("patch bump from 1.2.0: 'Fixed' entry");
        assertThat(plan.tag()).isEqualTo("v1.2.1");
        assertThat(plan.developmentVersion()).hasToString("1.2.2-SNAPSHOT");
        String changelog = Files.readString(work.resolve("CHANGELOG.md"));
        assertThat(changelog).contains("## [Unreleased]\n\n## [1.2.1] - 2026-11-25\n\n### Fixed\n\n"
                        + "- A crash on empty changelogs.\n\n## [1.2.0] - 2026-11-25\n")
                .contains("[Unreleased]: https://github.com/acme/acme/compare/v1.2.1...HEAD\n"
                        + "[1.2.1]: https://github.com/acme/acme/compare/v1.2.0...v1.2.1\n"
                        + "[1.2.0]: https://github.com/acme/acme/compare/v1.1.0...v1.2.0\n");
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit tagged = walk.parseCommit(git.getRepository().resolve("refs/tags/v1.2.1^{commit}"));
            assertThat(fileAt(tagged, "pom.xml")).contains("<version>1.2.1</version>");
            assertThat(fileAt(tagged, "core/pom.xml")).contains("<version>1.2.1</version>");
            assertThat(((RevTag) walk.parseAny(git.getRepository().resolve("refs/tags/v1.2.1"))).getFullMessage())
                    .isEqualTo("### Fixed\n\n- A crash on empty changelogs.\n");
            assertThat(walk.parseCommit(tagged.getParent(0)).getId()).isEqualTo(ObjectId.fromString(before.refs()
                    .get("refs/heads/main")));
        }
        assertThat(Files.readString(work.resolve("pom.xml"))).contains("<version>1.2.2-SNAPSHOT</version>");
        assertThat(git.getRepository().resolve("refs/tags/v1.2.0")).isNotNull();
        assertThat(git.status().call().isClean()).isTrue();
        assertThat(journal()).doesNotExist();
    }

    // ---------------------------------------------------------------- dogfooding

    /** The plugin's own pom and changelog, copied into a fresh repository and released with its own workflow. */
    @Test
    void releasesACopyOfThePluginItself() throws Exception {
        Path ownPom = Path.of("pom.xml").toAbsolutePath();
        Path ownChangelog = Path.of("CHANGELOG.md").toAbsolutePath();
        String pom = Files.readString(ownPom);
        Matcher coordinates = Pattern.compile("<groupId>([^<]+)</groupId>\\s*<artifactId>([^<]+)</artifactId>\\s*"
                + "<version>([^<]+)</version>").matcher(pom);
        assertThat(coordinates.find()).as("the project's own coordinates in " + ownPom).isTrue();
        String projectVersion = coordinates.group(3);
        Path copy = dir.resolve("dogfood");
        try (GitFixture fixture = GitFixture.init(copy)) {
            fixture.write(".gitignore", "target/\n").write("pom.xml", pom)
                    .write("CHANGELOG.md", Files.readString(ownChangelog)).commit("the plugin as it is");
        }
        ReleaseSettings settings = new ReleaseSettings(copy.resolve("CHANGELOG.md"), List.of(copy.resolve("pom.xml")),
                Set.of(new ArtifactKey(coordinates.group(1), coordinates.group(2))), projectVersion, Optional.empty(),
                Optional.empty(), Map.of(), ReleaseSettings.DEFAULT_TAG_PATTERN, ReleaseGitSettings.forTag(""), false,
                List.of(), copy.resolve("target/devflow/release-notes.md"), TODAY, Optional.of(TIMESTAMP));
        ReleaseVerification none = new ReleaseVerification() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public String describe() {
                return "none";
            }

            @Override
            public void verify() {
                throw new AssertionError("verification is disabled");
            }
        };

        ReleasePlan plan = new ReleaseWorkflow(settings, none, log::add).release();

        // [Unreleased] lists Added entries and no release exists yet: a minor bump from 0.0.0,
        // which is the project version 0.1.0-SNAPSHOT without its -SNAPSHOT
        String released = projectVersion.replace("-SNAPSHOT", "");
        assertThat(released).isEqualTo("0.1.0");
        assertThat(plan.version().version()).hasToString(released);
        assertThat(plan.tag()).isEqualTo("v" + released);
        assertThat(plan.verifyBuild()).as("no verify build").isNull();
        try (Git dogfood = Git.open(copy.toFile()); RevWalk walk = new RevWalk(dogfood.getRepository())) {
            Repository repository = dogfood.getRepository();
            RevTag tag = (RevTag) walk.parseAny(repository.resolve("refs/tags/v" + released));
            RevCommit tagged = walk.parseCommit(tag.getObject());
            String taggedPom = read(repository, tagged, "pom.xml");
            assertThat(taggedPom).contains("<artifactId>" + coordinates.group(2) + "</artifactId>\n  <version>"
                    + released + "</version>");
            assertThat(taggedPom).isEqualTo(pom.replaceFirst("<version>" + Pattern.quote(projectVersion) + "</version>",
                    "<version>" + released + "</version>"));
            assertThat(Files.readString(copy.resolve("pom.xml"))).contains("<version>"
                    + plan.developmentVersion() + "</version>");
            String rolled = read(repository, tagged, "CHANGELOG.md");
            assertThat(rolled).contains("## [Unreleased]\n\n## [" + released + "] - " + TODAY + "\n");
            assertThat(tag.getFullMessage()).isEqualTo(ReleaseNotes.of(ChangelogParser.parse(rolled),
                    plan.version().version()));
            ChangelogSettings rules = new ChangelogSettings(Path.of("CHANGELOG.md"), "CHANGELOG.md", TODAY, Set.of(),
                    false, null, false, true, null, List.of(), true);
            List<Finding> errors = new ChangelogValidator(rules).validate(ChangelogParser.parse(rolled)).stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            assertThat(errors).as("changelog gate errors in the released changelog").isEmpty();
            assertThat(dogfood.status().call().isClean()).isTrue();
        }
        assertThat(ReleaseJournal.fileIn(copy.resolve(".git"))).doesNotExist();
    }

    // ---------------------------------------------------------------- helpers

    private ReleaseSettings settings(boolean push) {
        return settings(push, "1.2.0-SNAPSHOT");
    }

    private ReleaseSettings settings(boolean push, String projectVersion) {
        return new ReleaseSettings(work.resolve("CHANGELOG.md"), List.of(work.resolve("pom.xml"),
                work.resolve("core/pom.xml")), REACTOR, projectVersion, Optional.empty(), Optional.empty(), Map.of(),
                ReleaseSettings.DEFAULT_TAG_PATTERN, ReleaseGitSettings.forTag("").withPush(push), false, List.of(),
                work.resolve("target/devflow/release-notes.md"), TODAY, Optional.of(TIMESTAMP));
    }

    private ReleaseWorkflow workflow(ReleaseSettings settings, ReleaseVerification verification) {
        return new ReleaseWorkflow(settings, verification, log::add);
    }

    /**
     * The local repository as before: every ref, HEAD, the index, every file's bytes. The one ref that
     * may differ is the remote-tracking ref of a push that reached the remote: a rollback does not
     * undo the remote, so that ref must name exactly what the remote has (before the push, that is
     * the value it had, and then the snapshots must be equal as a whole).
     */
    private void assertPutBack(RepositorySnapshot before) throws Exception {
        assertThat(journal()).doesNotExist();
        RepositorySnapshot after = RepositorySnapshot.of(git);
        String tracking = "refs/remotes/origin/main";
        try (Git remote = Git.open(upstream.toFile())) {
            String onRemote = remote.getRepository().resolve("refs/heads/main").name();
            // JGit moves the remote-tracking ref on a successful push; it then tells the truth about the
            // remote, which keeps the pushed commits, and --force-with-lease in the failure relies on it
            assertThat(after.refs().get(tracking)).isEqualTo(onRemote);
        }
        Map<String, String> refs = new TreeMap<>(after.refs());
        refs.put(tracking, before.refs().get(tracking));
        assertThat(new RepositorySnapshot(refs, after.head(), after.index(), after.files(), after.clean()))
                .isEqualTo(before);
        assertThat(after.clean()).isTrue();
    }

    private Path journal() {
        return ReleaseJournal.fileIn(work.resolve(".git"));
    }

    // ---------------------------------------------------------------- the baseline the verify build refreshes

    @Test
    void aFileTheVerifyBuildRewritesIsCommittedWithTheReleaseAndPutBackOnFailure() throws Exception {
        Path baseline = work.resolve(".devflow/baseline.json");
        Files.createDirectories(baseline.getParent());
        Files.writeString(baseline, "{ \"recorded\": \"before\" }\n");
        git.add().addFilepattern(".devflow/baseline.json").call();
        git.commit().setMessage("Record the baseline").call();
        ReleaseSettings base = settings(false);
        ReleaseSettings settings = new ReleaseSettings(base.changelogFile(), base.poms(), base.reactor(),
                base.projectVersion(), base.version(), base.developmentVersion(), base.bumps(), base.tagPattern(),
                base.git(), base.noVerify(), base.buildProblems(), base.releaseNotes(), base.today(),
                base.outputTimestamp(), List.of(baseline));
        Outcome refresh = () -> {
            try {
                Files.writeString(baseline, "{ \"recorded\": \"on the release state\" }\n");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        RepositorySnapshot before = RepositorySnapshot.of(git);

        ReleaseFailure failure = catchThrowableOfType(ReleaseFailure.class, workflow(settings,
                new FakeVerification(work, true, refresh)).onStepFinished(step -> {
                    if (step == ReleaseStep.VERIFY) {
                        throw new ReleaseFailure(ReleaseStep.VERIFY, "stopped after the verify build", "none");
                    }
                })::release);
        assertThat(failure).isNotNull();
        assertPutBack(before);

        workflow(settings, new FakeVerification(work, true, refresh)).release();
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            RevCommit release = walk.parseCommit(walk.parseCommit(head()).getParent(0));
            assertThat(release.getFullMessage()).isEqualTo("Release v1.2.0");
            assertThat(fileAt(release, ".devflow/baseline.json")).isEqualTo("{ \"recorded\": \"on the release state\" }\n");
        }
        assertThat(git.status().call().isClean()).isTrue();
    }

    private ObjectId head() throws Exception {
        return head(Constants.HEAD);
    }

    private ObjectId head(String revision) throws Exception {
        return git.getRepository().resolve(revision);
    }

    private String fileAt(RevCommit commit, String path) throws Exception {
        return read(git.getRepository(), commit, path);
    }

    private static String read(Repository repository, RevCommit commit, String path) throws Exception {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            assertThat(walk).as(path + " in " + commit.name()).isNotNull();
            ObjectLoader loader = repository.open(walk.getObjectId(0));
            return new String(loader.getBytes(), StandardCharsets.UTF_8);
        }
    }
}
