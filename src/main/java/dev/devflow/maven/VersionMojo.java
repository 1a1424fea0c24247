package dev.devflow.maven;

import dev.devflow.changelog.Changelog;
import dev.devflow.changelog.ChangelogParser;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.Location;
import dev.devflow.git.GitProblem;
import dev.devflow.git.GitRepository;
import dev.devflow.version.VersionGate;
import dev.devflow.version.VersionSettings;
import dev.devflow.version.VersionSettings.ModuleVersion;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Version gate: the project version is SemVer, the same in every module, ahead of the latest
 * changelog release and tag; a release has its dated changelog section and no SNAPSHOTs.
 */
@Mojo(name = "version", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class VersionMojo extends GateMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the version gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.VERSION_SKIP, defaultValue = "false")
    private boolean skipVersion;

    /**
     * How releases are tagged; {@code {version}} stands for the version. The release goal reads
     * the same setting (property {@code devflow.tagPattern}; the old {@code devflow.version.tagPattern}
     * still works, with a deprecation warning). @since 0.1.0
     */
    @Parameter(property = ParameterNames.TAG_PATTERN, defaultValue = VersionSettings.DEFAULT_TAG_PATTERN)
    private String tagPattern;

    /** Modules may carry versions of their own (no same-version check). @since 0.1.0 */
    @Parameter(property = ParameterNames.VERSION_INDEPENDENT_MODULES, defaultValue = "false")
    private boolean independentModules;

    /** Whether git trouble (no repository, unreadable tags) fails (true) or warns. @since 0.1.0 */
    @Parameter(property = ParameterNames.VERSION_FAIL_ON_GIT_PROBLEM, defaultValue = "true")
    private boolean failOnGitProblem;

    /** The changelog, as for the changelog goal. @since 0.1.0 */
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


    @Override
    protected String gateName() {
        return VersionGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipVersion;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.VERSION_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException, MojoFailureException {
        List<String> tags = null;
        String gitProblem = null;
        try (GitRepository git = GitRepository.open(project.getBasedir().toPath())) {
            tags = git.tagNames();
        } catch (GitProblem e) {
            gitProblem = e.getMessage();
        }
        VersionSettings settings = new VersionSettings(project.getVersion(), versionLocation(project), modules(),
                independentModules, changelog(), tags, gitProblem, failOnGitProblem,
                ProjectFiles.tagPattern(session, tagPattern, ParameterNames.VERSION_TAG_PATTERN, getLog()),
                SnapshotReferences.of(session, project));
        return single(new VersionGate(settings).evaluate());
    }

    /** The reactor's modules, checked once, at the reactor's root. */
    private List<ModuleVersion> modules() {
        if (!project.equals(session.getTopLevelProject())) {
            return List.of();
        }
        return session.getProjects().stream()
                .map(p -> new ModuleVersion(p.getArtifactId(), p.getVersion(), versionLocation(p))).toList();
    }

    private Location versionLocation(MavenProject module) {
        boolean own = module.getModel().getVersion() != null;
        return ProjectFiles.locate(session, module, own ? module.getModel().getLocation("version")
                : module.getModel().getParent() == null ? null : module.getModel().getParent().getLocation("version"));
    }

    private Changelog changelog() throws IOException {
        Path changelog = ProjectFiles.changelog(session, project,
                ProjectFiles.configuredChangelog(changelogFile, file, getLog()));
        if (!Files.isRegularFile(changelog)) {
            return null;
        }
        try {
            return ChangelogParser.parse(Files.readString(changelog));
        } catch (CharacterCodingException e) {
            return null; // the changelog gate names the encoding problem
        }
    }
}
