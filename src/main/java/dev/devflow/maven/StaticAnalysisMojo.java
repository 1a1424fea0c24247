package dev.devflow.maven;

import dev.devflow.bugs.AnalysisConcurrency;
import dev.devflow.bugs.StaticAnalysisGate;
import dev.devflow.bugs.StaticAnalysisSettings;
import dev.devflow.gate.GateInputException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Static-analysis gate: SpotBugs 4.10.4 with FindSecBugs 1.14.0 in this JVM over the module's
 * classes; fails on any bug at the threshold, as spotbugs:check does, and on any security
 * finding whatever its priority.
 */
@Mojo(name = "static-analysis", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class StaticAnalysisMojo extends GateMojo {

    static final String FIND_SEC_BUGS = "com.h3xstream.findsecbugs:findsecbugs-plugin";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin.artifactMap}", readonly = true, required = true)
    private Map<String, Artifact> pluginArtifacts;

    /** Skips the static-analysis gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_SKIP, defaultValue = "false")
    private boolean skipStaticAnalysis;

    /** How hard SpotBugs looks: min, default or max (as spotbugs-maven-plugin). @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_EFFORT, defaultValue = StaticAnalysisSettings.DEFAULT_EFFORT)
    private String effort;

    /** Lowest priority reported: high, medium (default) or low (as spotbugs-maven-plugin). @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_THRESHOLD,
            defaultValue = StaticAnalysisSettings.DEFAULT_THRESHOLD)
    private String threshold;

    /** Bugs ranked above this (1 = scariest … 20) are not reported. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_MAX_RANK, defaultValue = StaticAnalysisSettings.DEFAULT_MAX_RANK)
    private int maxRank;

    /** Security findings fail whatever their priority; accept one with @SuppressFBWarnings and a reason. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_FAIL_ON_SECURITY, defaultValue = "true")
    private boolean failOnSecurity;

    /** Analyse with the FindSecBugs plugin. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_FIND_SEC_BUGS, defaultValue = "true")
    private boolean findSecBugs;

    /** A SpotBugs include filter file: only matching bugs are reported. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_INCLUDE_FILTER)
    private File includeFilterFile;

    /** A SpotBugs exclude filter file: matching bugs are not reported. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_EXCLUDE_FILTER)
    private File excludeFilterFile;

    /** An analysis that could not read every class fails (true) or warns. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_FAIL_ON_INCOMPLETE, defaultValue = "true")
    private boolean failOnIncomplete;

    /** Keep the last result, so an unchanged module is not analysed again. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_CACHE, defaultValue = "true")
    private boolean cache;

    /** Findings recorded in the baseline are reported as known and do not fail, security findings excepted. @since 0.1.0 */
    @Parameter(property = ParameterNames.STATIC_ANALYSIS_BASELINE, defaultValue = "true")
    private boolean useBaseline;

    @Override
    protected String gateName() {
        return StaticAnalysisGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipStaticAnalysis;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.STATIC_ANALYSIS_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException, MojoFailureException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        StaticAnalysisSettings settings = new StaticAnalysisSettings(project.getBasedir().toPath(), classes,
                project.getCompileSourceRoots().stream().map(Path::of).toList(), classpath(classes), effort, threshold,
                maxRank, failOnSecurity, findSecBugs ? findSecBugsJar() : null, file(includeFilterFile),
                file(excludeFilterFile), failOnIncomplete, cache ? report("") : null, concurrency().atOnce());
        return single(new StaticAnalysisGate(settings, baseline(project, useBaseline).findings(StaticAnalysisGate.NAME, true))
                .evaluate());
    }

    /** As many analyses at once as modules the build runs at once, within the cores and the heap. */
    private AnalysisConcurrency concurrency() {
        AnalysisConcurrency concurrency = AnalysisConcurrency.of(session().getRequest().getDegreeOfConcurrency(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory());
        concurrency.heapNote().ifPresent(note -> getLog().info("devflow static-analysis: " + note));
        return concurrency;
    }

    private List<Path> classpath(Path classes) throws MojoFailureException {
        try {
            return project.getCompileClasspathElements().stream().map(Path::of)
                    .filter(p -> !p.equals(classes) && Files.exists(p)).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw BuildOutcome.setupFailure("static-analysis", "the module's classpath is not resolved: "
                    + e.getMessage(), null);
        }
    }

    private Path findSecBugsJar() throws MojoFailureException {
        Artifact artifact = pluginArtifacts.get(FIND_SEC_BUGS);
        if (artifact == null || artifact.getFile() == null) {
            throw BuildOutcome.setupFailure("static-analysis", FIND_SEC_BUGS + " is not among the plugin's"
                    + " artifacts.", "do not exclude it from devflow's dependencies (or set findSecBugs=false).");
        }
        return artifact.getFile().toPath();
    }

    private Path file(File configured) {
        if (configured == null) {
            return null;
        }
        Path path = configured.toPath();
        return path.isAbsolute() ? path : project.getBasedir().toPath().resolve(path);
    }
}
