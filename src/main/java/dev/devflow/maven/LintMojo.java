package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import dev.devflow.lint.LintGate;
import dev.devflow.lint.LintSettings;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lint gate: PMD 7 in this JVM over the module's sources, with maven-pmd-plugin's default rule
 * set and failure policy, so a project switching from pmd:check sees the same violations.
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class LintMojo extends GateMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Skips the lint gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_SKIP, defaultValue = "false")
    private boolean skipLint;

    /**
     * Rule sets: PMD categories ({@code category/java/bestpractices.xml}), files of the project,
     * or resources on the plugin's classpath. Default: maven-pmd-plugin's default rule set.
     * @since 0.1.0
     */
    @Parameter(property = ParameterNames.LINT_RULESETS, defaultValue = LintSettings.DEFAULT_RULE_SET)
    private List<String> rulesets;

    /** Violations of this priority or more urgent fail: 1 (highest) to 5 (all, the default). @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_FAILURE_PRIORITY, defaultValue = LintSettings.DEFAULT_FAILURE_PRIORITY)
    private int failurePriority;

    /** Failing violations tolerated before the gate fails. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_MAX_ALLOWED_VIOLATIONS,
            defaultValue = LintSettings.DEFAULT_MAX_ALLOWED_VIOLATIONS)
    private int maxAllowedViolations;

    /** Also analyse the test sources. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_INCLUDE_TESTS, defaultValue = "false")
    private boolean includeTests;

    /** Also analyse generated sources (source roots under the build directory). @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_INCLUDE_GENERATED_SOURCES, defaultValue = "false")
    private boolean includeGeneratedSources;

    /** Source files left out: globs relative to a source root ({@code **}{@code /legacy/**}). @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_EXCLUDES)
    private List<String> excludes;

    /** Java version of the sources. Default: maven.compiler.release, else maven.compiler.source. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_LANGUAGE_VERSION)
    private String languageVersion;

    /** Duplicated blocks (CPD) tolerated; unset leaves duplicate detection off. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_MAX_DUPLICATIONS)
    private Integer maxDuplications;

    /** Smallest duplicate, in tokens, that counts. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_MINIMUM_TOKENS, defaultValue = LintSettings.DEFAULT_MINIMUM_TOKENS)
    private int minimumTokens;

    /** Keep PMD's incremental analysis cache under the report directory. @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_CACHE, defaultValue = "true")
    private boolean cache;

    /** Findings recorded in the baseline are reported as known and do not fail (when the file exists). @since 0.1.0 */
    @Parameter(property = ParameterNames.LINT_BASELINE, defaultValue = "true")
    private boolean useBaseline;

    /** Source encoding. @since 0.1.0 */
    @Parameter(defaultValue = "${project.build.sourceEncoding}")
    private String encoding;


    @Override
    protected String gateName() {
        return LintGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipLint;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.LINT_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException, MojoFailureException {
        LintSettings settings = new LintSettings(project.getBasedir().toPath(), sourceRoots(),
                excludes == null ? List.of() : excludes, ruleSets(), languageVersion(), classpath(), charset(),
                failurePriority, maxAllowedViolations, cache ? report("") : null, threads(),
                minimumTokens, maxDuplications);
        return single(new LintGate(settings, baseline(project, useBaseline).findings(LintGate.NAME, true)).evaluate());
    }

    private List<Path> sourceRoots() {
        List<String> roots = new ArrayList<>(project.getCompileSourceRoots());
        if (includeTests) {
            roots.addAll(project.getTestCompileSourceRoots());
        }
        Path build = Path.of(project.getBuild().getDirectory()).toAbsolutePath();
        return roots.stream().map(r -> Path.of(r).toAbsolutePath())
                .filter(r -> includeGeneratedSources || !r.startsWith(build)).distinct().toList();
    }

    /** A rule set that names a file of the project is read from there; anything else PMD resolves. */
    private List<String> ruleSets() {
        return rulesets.stream().map(String::trim).filter(r -> !r.isEmpty()).map(r -> {
            Path file = project.getBasedir().toPath().resolve(r);
            return Files.isRegularFile(file) ? file.toString() : r;
        }).toList();
    }

    private String languageVersion() {
        if (languageVersion != null && !languageVersion.isBlank()) {
            return languageVersion.trim();
        }
        String release = project.getProperties().getProperty("maven.compiler.release");
        String source = project.getProperties().getProperty("maven.compiler.source");
        return release != null ? release.trim() : source != null ? source.trim() : "17";
    }

    private List<Path> classpath() throws MojoFailureException {
        try {
            Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
            if (includeTests) {
                elements.addAll(project.getTestClasspathElements());
            }
            // before compile, target/classes does not exist yet: PMD would warn about it twice
            return elements.stream().map(Path::of).filter(Files::exists).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw BuildOutcome.setupFailure("lint", "the module's classpath is not resolved: " + e.getMessage(), null);
        }
    }

    private Charset charset() throws GateInputException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw GateInputException.ofParameter("project.build.sourceEncoding", "'" + encoding + "' is not an encoding"
                    + " this JVM knows.", "use UTF-8 or another standard charset name.");
        }
    }

    /**
     * The machine's cores shared among the modules Maven builds at once ({@code -T}), less those
     * of gates running beside lint in devflow:check (SpotBugs keeps one busy).
     */
    private int threads() {
        int parallel = Math.max(1, session.getRequest().getDegreeOfConcurrency());
        return Math.max(1, Runtime.getRuntime().availableProcessors() / parallel - threadsBeside());
    }
}
