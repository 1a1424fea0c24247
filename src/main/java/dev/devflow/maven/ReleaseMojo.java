package dev.devflow.maven;

import dev.devflow.release.pom.ArtifactKey;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.release.BumpMapping;
import dev.devflow.release.ModuleReadiness;
import dev.devflow.release.ReadinessProblem;
import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseGitSettings;
import dev.devflow.release.ReleasePlan;
import dev.devflow.release.ReleaseSettings;
import dev.devflow.release.ReleaseVerification;
import dev.devflow.version.VersionSettings;
import dev.devflow.release.ReleaseStep;
import dev.devflow.release.ReleaseWorkflow;
import dev.devflow.release.RollbackReport;
import dev.devflow.release.remote.ServerCredentials;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a release: readiness, version, edit, verify, record, optional push; on any failure
 * everything is put back. Runs once, at the reactor root, from the command line.
 */
@Mojo(name = "release", aggregator = true, threadSafe = true)
public class ReleaseMojo extends AbstractMojo {

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Configures the gates' own goals (Maven 4 offers no container to look it up in). */
    @Component
    private MavenPluginManager pluginManager;

    /** The release version; without it, derived from the changelog's [Unreleased] section. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_VERSION)
    private String version;

    /** The version after the release; default the next patch SNAPSHOT. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_DEVELOPMENT_VERSION)
    private String developmentVersion;

    /** The branch releases are cut from (default main); naming it also admits a detached HEAD at that branch. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_BRANCH)
    private String branch;

    /**
     * The tag's name; {version} stands for the version. The version goal reads the same setting
     * (property {@code devflow.tagPattern}; the old {@code devflow.release.tagPattern} still works,
     * with a deprecation warning). @since 0.1.0
     */
    @Parameter(property = ParameterNames.TAG_PATTERN, defaultValue = VersionSettings.DEFAULT_TAG_PATTERN)
    private String tagPattern;

    /** Changes to the bump mapping: Type=major|minor|patch, comma-separated. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_BUMPS)
    private String bumps;

    /** What the verify build runs; empty for none. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_VERIFY_GOALS, defaultValue = ReleaseVerification.DEFAULT_GOALS)
    private String verifyGoals;

    /** Skips the repository's commit hooks. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_NO_VERIFY, defaultValue = "false")
    private boolean noVerify;

    /** Pushes the branch and the tag. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_PUSH, defaultValue = "false")
    private boolean push;

    /** The remote to push to and fetch from. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_REMOTE, defaultValue = ReleaseGitSettings.DEFAULT_REMOTE)
    private String remote;

    /** The Maven settings {@code <server>} whose username and password (or token) an HTTPS remote gets. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_SERVER_ID)
    private String serverId;

    @Component
    private SettingsDecrypter settingsDecrypter;

    /** Fetches the remote before the readiness checks. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_FETCH, defaultValue = "false")
    private boolean fetch;

    /** Skips every devflow goal, the release too: nothing is checked, changed or committed. @since 0.1.0 */
    @Parameter(property = ParameterNames.SKIP, defaultValue = "false")
    private boolean skip;

    /** Prints the plan and changes nothing. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_DRY_RUN, defaultValue = "false")
    private boolean dryRun;

    /** Restores the state from before a release that was killed. @since 0.1.0 */
    @Parameter(property = ParameterNames.RELEASE_ROLLBACK, defaultValue = "false")
    private boolean rollback;

    /**
     * The changelog to roll, the one the changelog goal validates: default CHANGELOG.md at the
     * reactor root. @since 0.1.0
     */
    @Parameter(property = ParameterNames.CHANGELOG_FILE)
    private File changelogFile;

    /**
     * The old name of {@code changelogFile} in the changelog goal, read by every goal that reads
     * the changelog, so one setting serves them all.
     * @deprecated name it {@code changelogFile}
     */
    @Deprecated
    @Parameter
    private File file;

    /** Set in the release's own verify build: the goal then does nothing. */
    @Parameter(property = ParameterNames.RELEASE_CHILD, defaultValue = "false")
    private boolean child;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (child) {
            getLog().info("devflow release: inside the release's verify build, nothing to release");
            return;
        }
        if (skip) {
            getLog().info("devflow release: skipped (" + ParameterNames.SKIP + ")");
            return;
        }
        try {
            ReleaseWorkflow workflow = new ReleaseWorkflow(settings(), new ChildMavenBuild(session, verifyGoals,
                    baselineExists() ? List.of(baselineGoal()) : List.of()),
                    getLog()::info).onStepFinished(this::haltIfAsked);
            if (rollback) {
                RollbackReport report = workflow.rollback();
                report.lines().forEach(getLog()::info);
            } else if (dryRun) {
                ReleasePlan plan = workflow.plan();
                plan.describe(ProjectFiles.root(session)).forEach(getLog()::info);
                getLog().info("Dry run: nothing was changed, and no verify build ran.");
            } else {
                workflow.release();
            }
        } catch (ReleaseFailure e) {
            throw BuildOutcome.goalFailure("release", e.getMessage());
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure("release", e);
        } catch (IOException e) {
            throw BuildOutcome.fileFailure("release", e);
        }
    }

    private ReleaseSettings settings() throws MojoExecutionException, IOException, GateInputException,
            MojoFailureException {
        Path root = ProjectFiles.root(session);
        ReleaseGitSettings git = new ReleaseGitSettings(branch == null || branch.isBlank()
                ? ReleaseGitSettings.DEFAULT_RELEASE_BRANCH : branch.trim(), Optional.ofNullable(branch).filter(b -> !b.isBlank())
                .map(String::trim), "", push, remote, fetch);
        if (serverId != null && !serverId.isBlank()) {
            git = git.withCredentials(credentials(serverId.trim()));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new ReleaseSettings(ProjectFiles.changelog(session, session.getTopLevelProject(),
                ProjectFiles.configuredChangelog(changelogFile, file, getLog())),
                poms(), reactor(), session.getTopLevelProject().getVersion(), optional(version),
                optional(developmentVersion), BumpMapping.parse(bumps),
                ProjectFiles.tagPattern(session, tagPattern, ParameterNames.RELEASE_TAG_PATTERN, getLog()), git, noVerify, buildProblems(),
                root.resolve("target/devflow/release-notes.md"), LocalDate.now(), Optional.of(now.toString()),
                baselineExists() ? List.of(ProjectBaseline.file(session, null)) : List.of());
    }

    /** The server's credentials, decrypted as Maven decrypts them for its own transports. */
    private ServerCredentials credentials(String id) throws MojoFailureException {
        Server server = session.getSettings().getServer(id);
        if (server == null) {
            throw BuildOutcome.parameterFailure("release", "serverId", "there is no <server> with the id '" + id
                    + "' in the Maven settings.", "add one with <username> and <password> (or a token), or remove"
                    + " serverId.");
        }
        SettingsDecryptionResult decrypted = settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        Server plain = decrypted.getServer() == null ? server : decrypted.getServer();
        return ServerCredentials.of(id, plain.getUsername(), plain.getPassword());
    }

    /** With a baseline in the project, the verify build refreshes it on the release state, and the release commits it. */
    private boolean baselineExists() {
        return java.nio.file.Files.isRegularFile(ProjectBaseline.file(session, null));
    }

    private String baselineGoal() {
        var plugin = mojoExecution.getMojoDescriptor().getPluginDescriptor();
        return plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion() + ":baseline";
    }

    private List<Path> poms() {
        Set<Path> poms = new LinkedHashSet<>();
        session.getProjects().forEach(p -> poms.add(p.getFile().toPath().toAbsolutePath().normalize()));
        return List.copyOf(poms);
    }

    private Set<ArtifactKey> reactor() {
        Set<ArtifactKey> keys = new LinkedHashSet<>();
        session.getProjects().forEach(p -> keys.add(new ArtifactKey(p.getGroupId(), p.getArtifactId())));
        return keys;
    }

    /** What Maven knows that keeps the project from a release: outside SNAPSHOTs, other module versions, the changelog gate. */
    private List<ReadinessProblem> buildProblems() throws MojoExecutionException, IOException, GateInputException,
            MojoFailureException {
        List<ModuleReadiness.Module> modules = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            List<ModuleReadiness.Snapshot> snapshots = SnapshotReferences.of(session, module).stream()
                    .map(s -> new ModuleReadiness.Snapshot(String.valueOf(s.at()), s.what())).toList();
            modules.add(new ModuleReadiness.Module(module.getArtifactId(), module.getVersion(), snapshots));
        }
        List<ReadinessProblem> problems = new ArrayList<>(
                ModuleReadiness.problems(session.getTopLevelProject().getVersion(), modules));
        problems.addAll(ModuleReadiness.ofChangelogGate(changelogGate()));
        return problems;
    }

    private GateResult changelogGate() throws MojoExecutionException, IOException, GateInputException,
            MojoFailureException {
        SiblingGoals goals = new SiblingGoals(session, project, mojoExecution, pluginManager);
        GateMojo changelog = goals.configured("changelog");
        try {
            return changelog.evaluate().get(0).result();
        } finally {
            goals.release(changelog);
        }
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    /**
     * For the rollback tests only: halts the JVM after the step the user property names, as a
     * kill would. Read from the session rather than declared, so it is not among the goal's
     * parameters.
     */
    private void haltIfAsked(ReleaseStep step) {
        String haltAfter = session.getUserProperties().getProperty(ParameterNames.RELEASE_HALT_AFTER);
        if (haltAfter != null && haltAfter.trim().equalsIgnoreCase(step.label())) {
            getLog().warn("devflow release: halting after step '" + step.label() + "', as " + ParameterNames.RELEASE_HALT_AFTER
                    + " asks (tests only)");
            Runtime.getRuntime().halt(137);
        }
    }
}
