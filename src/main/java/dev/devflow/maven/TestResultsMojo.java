package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.Threshold;
import dev.devflow.testresults.LayerRules;
import dev.devflow.testresults.SkipLimit;
import dev.devflow.testresults.TestResultsGate;
import dev.devflow.testresults.TestResultsSettings;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test pyramid as a gate, from the reports Surefire and Failsafe already write: tests per
 * layer, failed, skipped and flaky ones, and tests that did not run at all.
 */
@Mojo(name = "test-results", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class TestResultsMojo extends GateMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the test-results gate. @since 0.1.0 */
    @Parameter(property = ParameterNames.TEST_RESULTS_SKIP, defaultValue = "false")
    private boolean skipTestResults;

    /**
     * The layers and where their reports are, {@code layer=folder} with the folder relative to the
     * module. Default: Surefire's report folders as {@code unit} and Failsafe's as
     * {@code integration}, as the pom configures them ({@code reportsDirectory} of the plugin and
     * of each execution), else {@code target/surefire-reports} and {@code target/failsafe-reports}.
     * @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_LAYERS, defaultValue = TestResultsSettings.DEFAULT_LAYERS)
    private List<String> layers;

    /** Tests that did not run ({@code -DskipTests}) fail; {@code false}: a warning. @since 0.1.0 */
    @Parameter(property = ParameterNames.TEST_RESULTS_FAIL_ON_SKIPPED_TESTS, defaultValue = "true")
    private boolean failOnSkippedTests;

    /**
     * The most tests that may be skipped ({@code @Disabled}): a count ({@code 3}) or a share of
     * all tests ({@code 5%}); default any number. @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_MAX_SKIPPED)
    private String maxSkipped;

    /** A test that passed only on a rerun fails; default {@code false}: a warning. @since 0.1.0 */
    @Parameter(property = ParameterNames.TEST_RESULTS_FAIL_ON_FLAKY, defaultValue = "false")
    private boolean failOnFlaky;

    /**
     * Seconds all tests of a layer may take together, {@code layer=seconds}: the pyramid's
     * example is {@code unit=1,smoke=30,integration=120,e2e=60}. Default none. @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_BUDGETS)
    private List<String> budgets;

    /** Seconds any one test of a layer may take, {@code layer=seconds}. Default none. @since 0.1.0 */
    @Parameter(property = ParameterNames.TEST_RESULTS_TEST_BUDGETS)
    private List<String> testBudgets;

    /**
     * The expected share of all tests per layer, {@code layer=share}: the pyramid's example is
     * {@code unit=0.60,smoke=0.25,integration=0.10,e2e=0.05}. Default off. @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_SHARES)
    private List<String> shares;

    /** How far a layer's share may be from the expected one. @since 0.1.0 */
    @Parameter(property = ParameterNames.TEST_RESULTS_SHARE_TOLERANCE,
            defaultValue = TestResultsSettings.DEFAULT_SHARE_TOLERANCE)
    private String shareTolerance;

    /**
     * JUnit 5 tags that move a test to a layer, {@code layer=tag}: a test carrying the tag (on its
     * method, class, superclass or enclosing class) counts in that layer, whichever plugin ran it.
     * Default {@code smoke=smoke,integration=integration,e2e=e2e}; empty to sort by folder only.
     * @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_TAG_LAYERS, defaultValue = LayerRules.DEFAULT_TAG_LAYERS)
    private List<String> tagLayers;

    /**
     * Test class names that move a test to a layer, {@code layer=pattern}, matched against the
     * qualified and the simple name ({@code *} any text): {@code e2e=*E2ETest,smoke=com.acme.smoke.*}.
     * A tag wins over a name. Default none. @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_CLASS_LAYERS)
    private List<String> classLayers;

    /**
     * The fewest tests each layer must have run, {@code layer=count}: {@code integration=1} fails
     * a module whose integration tests stopped running. Default none. @since 0.1.0
     */
    @Parameter(property = ParameterNames.TEST_RESULTS_MINIMUM_TESTS)
    private List<String> minimumTests;

    @Override
    protected String gateName() {
        return TestResultsGate.NAME;
    }

    @Override
    protected boolean gateSkipped() {
        return skipTestResults;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.TEST_RESULTS_SKIP;
    }

    @Override
    List<GateReport> evaluate() throws GateInputException, IOException {
        Path basedir = project.getBasedir().toPath();
        // Maven splits a list parameter's default on its commas
        boolean conventional = layers == null || String.join(",", layers).equals(TestResultsSettings.DEFAULT_LAYERS);
        List<TestResultsSettings.Layer> folders = conventional
                ? TestReportFolders.conventional(project) : TestResultsSettings.parseLayers(layers, basedir);
        TestResultsSettings settings = new TestResultsSettings(basedir, folders,
                Path.of(project.getBuild().getTestOutputDirectory()), hasTestSources(), failOnSkippedTests,
                SkipLimit.parse("maxSkipped", maxSkipped), failOnFlaky, TestResultsSettings.budgets(
                        TestResultsSettings.parseNumbers("budgets", orEmpty(budgets), false),
                        TestResultsSettings.parseNumbers("testBudgets", orEmpty(testBudgets), false)),
                TestResultsSettings.parseNumbers("shares", orEmpty(shares), true),
                Threshold.parseLimit(ParameterNames.TEST_RESULTS_SHARE_TOLERANCE, shareTolerance),
                project.getTestCompileSourceRoots().stream().map(Path::of).toList(),
                LayerRules.parse(orEmpty(tagLayers), orEmpty(classLayers)),
                TestResultsSettings.parseCounts("minimumTests", orEmpty(minimumTests)));
        return single(new TestResultsGate(settings).evaluate());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private boolean hasTestSources() throws IOException {
        for (String root : project.getTestCompileSourceRoots()) {
            Path folder = Path.of(root);
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.walk(folder)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
