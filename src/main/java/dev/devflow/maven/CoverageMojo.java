package dev.devflow.maven;

import dev.devflow.baseline.CoverageRatchet;
import dev.devflow.baseline.MissingMergeBase;
import dev.devflow.baseline.NewCode;
import dev.devflow.coverage.CoverageGate;
import dev.devflow.coverage.CoverageLayer;
import dev.devflow.coverage.CoverageLimit;
import dev.devflow.coverage.CoverageRule;
import dev.devflow.coverage.CoverageRules;
import dev.devflow.coverage.CoverageSettings;
import dev.devflow.coverage.ExecFileSearch;
import dev.devflow.coverage.NewCodeCoverage;
import dev.devflow.coverage.ReactorProgress;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Threshold;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage gate: analyses the module's classes against its JaCoCo execution data with
 * jacoco-core and fails the build when a rule is missed. Counts as jacoco's report does.
 */
@Mojo(name = "coverage", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CoverageMojo extends GateMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** New code is what changed since the merge-base of HEAD and this ref ({@code origin/main}); unset: no new-code rule. @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_BASE_REF)
    private String baseRef;

    /** The share of new lines with code that tests must cover: a ratio ({@code 0.90}) or a percentage ({@code 90%}). @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_NEW_CODE_MINIMUM, defaultValue = NewCodeCoverage.DEFAULT_MINIMUM)
    private String newCodeMinimum;

    /** A shallow clone without the merge-base fails (true) or only warns and skips the new-code rule. @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_FAIL_ON_MISSING_HISTORY, defaultValue = "true")
    private boolean failOnMissingHistory;

    /** Line and branch coverage must not fall below the baseline's (when the file exists). @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_BASELINE, defaultValue = "true")
    private boolean useBaseline;

    /** How far below the baseline's ratio coverage may fall before the gate fails. @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_TOLERANCE, defaultValue = CoverageRatchet.DEFAULT_TOLERANCE)
    private String tolerance;

    /** Skips the coverage gate (and {@code coverage-agent}). @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_SKIP, defaultValue = "false")
    private boolean skipCoverage;

    /**
     * Minimum of the default rule, BUNDLE LINE COVEREDRATIO: a ratio ({@code 0.85}) or a
     * percentage ({@code 85%}). Ignored when {@code rules} are configured. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_MINIMUM, defaultValue = CoverageSettings.DEFAULT_MINIMUM)
    private String minimum;

    /**
     * Rules in jacoco:check's form; when given they replace the default rule. Example:
     * <pre>{@code
     * <rules>
     *   <rule>
     *     <element>CLASS</element>
     *     <excludes><exclude>*Test</exclude></excludes>
     *     <limits><limit><counter>LINE</counter><value>COVEREDRATIO</value><minimum>80%</minimum></limit></limits>
     *   </rule>
     * </rules>
     * }</pre>
     * @since 0.1.0
     */
    @Parameter
    private List<CoverageRuleParameter> rules;

    /**
     * Packages held to {@code criticalMinimum} line coverage, each on its own: package names
     * with JaCoCo wildcards ({@code com.acme.billing*} takes the package and its subpackages).
     * A pattern that matches no package is reported as a warning. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_CRITICAL_PACKAGES)
    private List<String> criticalPackages;

    /** Line coverage each critical package must reach. @since 0.1.0 */
    @Parameter(property = ParameterNames.COVERAGE_CRITICAL_MINIMUM,
            defaultValue = CoverageSettings.DEFAULT_CRITICAL_MINIMUM)
    private String criticalMinimum;

    /**
     * Class files left out, relative to the classes directory with Ant wildcards
     * ({@code com/acme/generated/**}, {@code **}{@code /*Dto.class}). Counted in the output.
     * @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_EXCLUDES)
    private List<String> excludes;

    /**
     * Classes and methods carrying an annotation with one of these names (simple or
     * qualified, JaCoCo wildcards) are left out and counted. Default {@code *Generated*}, as
     * JaCoCo. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_EXCLUDED_ANNOTATIONS,
            defaultValue = CoverageSettings.DEFAULT_EXCLUDED_ANNOTATIONS)
    private List<String> excludedAnnotations;

    /**
     * Execution data files, as file-name globs in the build directory; all are merged, so unit
     * and integration test data count together. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_DATA_FILES, defaultValue = CoverageSettings.DEFAULT_DATA_FILES)
    private List<String> dataFiles;

    /**
     * Also evaluates the rules once over the whole reactor, after its last module: every
     * module's classes against every module's execution data. Set it on the root pom.
     * @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_AGGREGATE, defaultValue = "false")
    private boolean aggregate;

    /**
     * Execution data files each held alone to its own line coverage, written
     * {@code file=minimum} with the file in the build directory: {@code jacoco.exec=0.90},
     * {@code jacoco-it.exec=80%}. The merged data is still held to the rules. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_LAYERS)
    private List<String> layers;

    /**
     * Whether a module that has classes but no execution data fails (true) or only warns. With
     * {@code aggregate} on, a module without its own data only warns (another module's tests
     * may cover it) and this applies to the reactor aggregate. @since 0.1.0
     */
    @Parameter(property = ParameterNames.COVERAGE_FAIL_ON_MISSING_DATA,
            defaultValue = "" + CoverageSettings.DEFAULT_FAIL_ON_MISSING_DATA)
    private boolean failOnMissingData;


    @Override
    protected String gateName() {
        return CoverageGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipCoverage;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.COVERAGE_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException, MojoExecutionException {
        CoverageSettings module = moduleSettings(ruleSet());
        // With the aggregate, new code is judged once over the reactor, where another module's tests count.
        NewCodeCoverage moduleNewCode = aggregate ? null : newCode(project.getBasedir().toPath(), module);
        List<GateReport> reports = new ArrayList<>(single(new CoverageGate(module,
                baseline(project, useBaseline).coverage(useBaseline,
                Threshold.parseLimit(ParameterNames.COVERAGE_TOLERANCE, tolerance)), moduleNewCode).evaluate()));
        if (aggregate && ReactorModules.isLast(session, project)) {
            ReactorProgress progress = ReactorModules.awaitOthers(session, project, getLog(),
                    "devflow coverage: waiting for the reactor's other modules before the aggregate");
            CoverageSettings reactorSettings = ReactorModules.coverageSettings(session, orEmpty(dataFiles), module,
                    failOnMissingData, progress, project);
            GateResult reactor = progress.complete(new CoverageGate(reactorSettings, null,
                    newCode(ReactorModules.root(session).getBasedir().toPath(), reactorSettings)).evaluate(),
                    failOnMissingData);
            reports.add(new GateReport(reactor, ReactorModules.reportDirectory(session).resolve("coverage-aggregate.json"),
                    "devflow coverage over the reactor (" + ReactorModules.moduleCount(session) + " modules):"));
        }
        return reports;
    }

    /** The new-code rule, or null without a base ref (or, when told to warn, without the history it needs). */
    private NewCodeCoverage newCode(Path directory, CoverageSettings covered) throws GateInputException {
        if (baseRef == null || baseRef.isBlank()) {
            return null;
        }
        BigDecimal minimum = NewCodeCoverage.minimum(ParameterNames.COVERAGE_NEW_CODE_MINIMUM, newCodeMinimum);
        try {
            return new NewCodeCoverage(NewCode.since(directory, baseRef.trim(), covered.sourceRoots()), minimum);
        } catch (MissingMergeBase e) {
            if (failOnMissingHistory) {
                throw e;
            }
            getLog().warn("devflow coverage: no new-code rule: " + e.getMessage());
            return null;
        }
    }

    private CoverageSettings moduleSettings(List<CoverageRule> ruleSet) throws IOException, GateInputException {
        Path buildDirectory = Path.of(project.getBuild().getDirectory());
        return new CoverageSettings(project.getArtifactId(), project.getBasedir().toPath(),
                List.of(Path.of(project.getBuild().getOutputDirectory())),
                project.getCompileSourceRoots().stream().map(Path::of).toList(),
                ExecFileSearch.find(buildDirectory, orEmpty(dataFiles)), ruleSet, orEmpty(excludes),
                orEmpty(excludedAnnotations), failOnMissingData && !aggregate, layers(buildDirectory));
    }

    private List<CoverageLayer> layers(Path buildDirectory) throws GateInputException {
        List<CoverageLayer> parsed = new ArrayList<>();
        for (String layer : orEmpty(layers)) {
            parsed.add(CoverageLayer.parse(ParameterNames.COVERAGE_LAYERS, layer, buildDirectory));
        }
        return parsed;
    }

    private List<CoverageRule> ruleSet() throws GateInputException {
        List<CoverageRule> ruleSet = new ArrayList<>();
        if (rules == null || rules.isEmpty()) {
            ruleSet.add(CoverageRules.overall(minimum));
        } else {
            for (int r = 0; r < rules.size(); r++) {
                ruleSet.add(rule("rules[" + (r + 1) + "]", rules.get(r)));
            }
        }
        if (criticalPackages != null && !criticalPackages.isEmpty()) {
            ruleSet.add(CoverageRules.criticalPackages(criticalPackages, criticalMinimum));
        }
        return ruleSet;
    }

    private static CoverageRule rule(String where, CoverageRuleParameter rule) throws GateInputException {
        List<CoverageLimit> limits = new ArrayList<>();
        for (int l = 0; l < orEmpty(rule.limits).size(); l++) {
            CoverageLimitParameter limit = rule.limits.get(l);
            limits.add(CoverageLimit.parse(where + ".limits[" + (l + 1) + "]", limit.counter, limit.value,
                    limit.minimum, limit.maximum));
        }
        return CoverageRule.parse(where, rule.element, orEmpty(rule.includes), orEmpty(rule.excludes), limits);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
