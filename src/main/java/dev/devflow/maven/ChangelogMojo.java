package dev.devflow.maven;

import dev.devflow.changelog.ChangelogGate;
import dev.devflow.changelog.ChangelogSettings;
import dev.devflow.gate.GateInputException;
import dev.devflow.version.SemVer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** Changelog gate: CHANGELOG.md against Keep a Changelog 1.1.0, every finding with its line. */
@Mojo(name = "changelog", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ChangelogMojo extends GateMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the changelog gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_SKIP, defaultValue = "false")
    private boolean skipChangelog;

    /**
     * The changelog. Default: CHANGELOG.md in the module's folder, else in the nearest folder
     * above it within the reactor (the root's changelog serves every module). The version and
     * release goals read the same parameter. @since 0.1.0
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

    /**
     * A ref such as {@code origin/main}: when the change since the merge-base with it touches
     * the main sources, {@code [Unreleased]} must have a new entry. Off when unset. @since 0.1.0
     */
    @Parameter(property = ParameterNames.CHANGELOG_BASE_REF)
    private String baseRef;

    /**
     * {@code [Unreleased]} must hold at least one entry. On by itself when the project version
     * is a release candidate ({@code 1.4.0-rc.1}). @since 0.1.0
     */
    @Parameter(property = ParameterNames.CHANGELOG_REQUIRE_UNRELEASED_ENTRIES, defaultValue = "false")
    private boolean requireUnreleasedEntries;

    /** Rule ids switched off (see the README's table of changelog rules). @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_DISABLED_RULES)
    private List<String> disabledRules;

    /** Turns every warning (a tolerated form) into an error. @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_STRICT, defaultValue = "false")
    private boolean strict;

    /** Releases older than this version are not checked, for a long legacy history. @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_SINCE)
    private String since;

    /** Whether a missing changelog fails (true) or makes the gate "not applicable". @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_FAIL_IF_MISSING, defaultValue = "true")
    private boolean failIfMissing;

    /** Whether git trouble (no repository, shallow clone, unknown baseRef) fails or warns. @since 0.1.0 */
    @Parameter(property = ParameterNames.CHANGELOG_FAIL_ON_GIT_PROBLEM, defaultValue = "true")
    private boolean failOnGitProblem;


    @Override
    protected String gateName() {
        return ChangelogGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipChangelog;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.CHANGELOG_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException, MojoFailureException {
        Path changelog = ProjectFiles.changelog(session, project,
                ProjectFiles.configuredChangelog(changelogFile, file, getLog()));
        ChangelogSettings settings = new ChangelogSettings(changelog, ProjectFiles.display(session, changelog),
                LocalDate.now(), new HashSet<>(disabledRules == null ? List.of() : disabledRules), strict, since(),
                requireUnreleasedEntries || isReleaseCandidate(), failIfMissing, baseRef,
                project.getCompileSourceRoots().stream().map(Path::of).toList(), failOnGitProblem);
        return single(new ChangelogGate(settings, ReactorChangelog.checkedIn(session, project, changelog)).evaluate());
    }

    private SemVer since() throws GateInputException {
        if (since == null || since.isBlank()) {
            return null;
        }
        return SemVer.parse(since).orElseThrow(() -> GateInputException.ofParameter("since", "'" + since
                + "' is not a version.", "write a version such as 2.0.0."));
    }

    private boolean isReleaseCandidate() {
        return SemVer.parse(project.getVersion())
                .map(v -> v.preRelease().stream().anyMatch(label -> label.toLowerCase().startsWith("rc")))
                .orElse(false);
    }
}
