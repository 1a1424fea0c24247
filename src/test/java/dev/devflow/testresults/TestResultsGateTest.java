package dev.devflow.testresults;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TestResultsGateTest {

    @TempDir
    Path module;

    private Path unit;
    private Path integration;

    private TestResultsSettings settings(boolean failOnNotRun, Integer maxSkipped, boolean failOnFlaky) {
        unit = module.resolve("target/surefire-reports");
        integration = module.resolve("target/failsafe-reports");
        return new TestResultsSettings(module, List.of(new TestResultsSettings.Layer("unit", unit),
                new TestResultsSettings.Layer("integration", integration)), module.resolve("target/test-classes"),
                true, failOnNotRun, maxSkipped == null ? null : SkipLimit.count(maxSkipped), failOnFlaky);
    }

    private void copy(String report, Path folder) throws Exception {
        Files.createDirectories(folder);
        Files.copy(TestReportParserTest.report(report), folder.resolve(report));
    }

    private static List<String> findings(GateResult result) {
        return result.findings().stream().map(f -> f.severity() + " " + f.describe()).toList();
    }

    @Test
    void countsEachLayerAndFailsOnTheFailedTestNamingItAndItsReport() throws Exception {
        TestResultsSettings settings = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        copy("TEST-shop.ReceiptTest.xml", integration);

        GateResult result = new TestResultsGate(settings).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.headline()).isEqualTo("5 tests, 1 failed, 1 skipped, 1 flaky");
        assertThat(findings(result)).containsExactly(
                "ERROR target/failsafe-reports/TEST-shop.ReceiptTest.xml  shop.ReceiptTest#failsAlways failed"
                        + " (integration).",
                "WARNING target/surefire-reports/TEST-shop.CartTest.xml  shop.CartTest#flaky passed only after 1"
                        + " failed run (unit): a flaky test; make it deterministic.");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> layers = (Map<String, Map<String, Object>>) result.details().get("layers");
        assertThat(layers.get("unit")).containsEntry("tests", 3).containsEntry("skipped", 1L).containsEntry("flaky", 1L);
        assertThat(layers.get("integration")).containsEntry("tests", 2).containsEntry("failed", 1L);
        assertThat(layers.get("unit").get("share").toString()).isEqualTo("0.60");
        assertThat((List<?>) result.details().get("slowest")).first().asString().startsWith("shop.CartTest#totals");
    }

    @Test
    void flakyFailsWhenToldAndSkippedAboveTheLimitFails() throws Exception {
        copy("TEST-shop.CartTest.xml", module.resolve("target/surefire-reports"));

        GateResult result = new TestResultsGate(settings(true, 0, true)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("test-results.flaky");
        assertThat(result.findings().get(0).severity()).isEqualTo(dev.devflow.gate.Severity.ERROR);
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("skipped tests")).singleElement()
                .satisfies(m -> assertThat(m.met()).isFalse());
    }

    @Test
    void testsThatDidNotRunFailNeverAPassOnZeroTests() throws Exception {
        GateResult result = new TestResultsGate(settings(true, null, false)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.headline()).isEqualTo("skipped: tests did not run");
        assertThat(findings(result)).singleElement().asString().startsWith("ERROR tests did not run: the module has"
                + " test sources but no TEST-*.xml report in target/surefire-reports, target/failsafe-reports");
        assertThat(new TestResultsGate(settings(false, null, false)).evaluate().status()).isEqualTo(GateStatus.WARNED);
        TestResultsSettings noTests = new TestResultsSettings(module, settings(true, null, false).layers(),
                module.resolve("target/test-classes"), false, true, null, false);
        assertThat(new TestResultsGate(noTests).evaluate().status()).isEqualTo(GateStatus.NOT_APPLICABLE);
    }

    @Test
    void reportsOlderThanTheTestClassesAreStale() throws Exception {
        TestResultsSettings settings = settings(true, null, false);
        copy("TEST-shop.ReceiptTest.xml", unit);
        Files.setLastModifiedTime(unit.resolve("TEST-shop.ReceiptTest.xml"), FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Path testClass = module.resolve("target/test-classes/shop/Prices.class");
        Files.createDirectories(testClass.getParent());
        Files.writeString(testClass, "x");

        GateResult result = new TestResultsGate(settings).evaluate();

        assertThat(findings(result)).first().isEqualTo("ERROR target/surefire-reports/TEST-shop.ReceiptTest.xml"
                + "  the report is older than the module's newest test class, so it is from an earlier build; run"
                + " the tests again (mvn clean verify).");
    }

    @Test
    void layersAreLayerEqualsFolderPairs() throws Exception {
        assertThat(TestResultsSettings.parseLayers(List.of(TestResultsSettings.DEFAULT_LAYERS, "e2e = target/e2e"), module))
                .containsExactly(new TestResultsSettings.Layer("unit", module.resolve("target/surefire-reports")),
                        new TestResultsSettings.Layer("integration", module.resolve("target/failsafe-reports")),
                        new TestResultsSettings.Layer("e2e", module.resolve("target/e2e")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestResultsSettings.parseLayers(List.of("unit"), module))
                .hasMessage("parameter layers: 'unit' is not layer=folder. Fix: write it as"
                        + " unit=target/surefire-reports,integration=target/failsafe-reports.");
    }

    @Test
    void aLayerOverItsBudgetAndATestOverItsPerTestBudgetFailNamingTheSlowest() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        TestResultsSettings budgeted = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true, true,
                null, false, TestResultsSettings.budgets(Map.of("unit", new java.math.BigDecimal("0.05")),
                Map.of("unit", new java.math.BigDecimal("0.05"))), Map.of(), null, List.of(), null, null);

        GateResult result = new TestResultsGate(budgeted).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("seconds of unit")).singleElement()
                .satisfies(m -> assertThat(m.message()).isEqualTo("the unit tests took 0.080 s, over their budget of"
                        + " 0.05 s; the slowest: shop.CartTest#totals 0.068 s, shop.CartTest#flaky 0.012 s,"
                        + " shop.CartTest#discounts 0.0 s."));
        assertThat(findings(result)).contains("ERROR target/surefire-reports/TEST-shop.CartTest.xml  shop.CartTest#totals"
                + " took 0.068 s, over the unit budget of 0.05 s per test.");
    }

    @Test
    void aLayerShareOutsideTheToleranceFails() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        copy("TEST-shop.ReceiptTest.xml", integration);
        Map<String, java.math.BigDecimal> pyramid = TestResultsSettings.parseNumbers("shares",
                List.of("unit=0.90", "integration=10%"), true);
        TestResultsSettings shaped = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true, true,
                null, false, Map.of(), pyramid, new java.math.BigDecimal("0.10"), List.of(), null, null);

        GateResult result = new TestResultsGate(shaped).evaluate();

        assertThat(result.measurements()).filteredOn(m -> m.name().startsWith("share of"))
                .extracting(m -> m.name() + " " + m.value() + " " + m.met())
                .containsExactly("share of unit 0.60 false", "share of integration 0.40 false");
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("share of unit")).singleElement()
                .satisfies(m -> assertThat(m.message()).isEqualTo("the unit tests are 0.60 of all tests (3 of 5),"
                        + " expected 0.90 \u00b1 0.10: the pyramid is out of shape."));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestResultsSettings.parseNumbers("shares",
                List.of("unit=1.5"), true)).hasMessage("parameter shares: 'unit=1.5' is not layer=share. Fix: write it"
                + " as unit=0.60,integration=0.10 (or 60%).");
    }

    @Test
    void aFailedTestWhoseSourceIsInTheModuleIsPlacedAtItsMethod() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.ReceiptTest.xml", unit);
        Path source = module.resolve("src/test/java/shop/ReceiptTest.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package shop;\n\nclass ReceiptTest {\n\n    @Test\n    void printsTheTotal() {\n    }\n\n"
                + "    @Test\n    void failsAlways() {\n    }\n}\n");
        TestResultsSettings withSources = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true,
                true, null, false, Map.of(), Map.of(), null, List.of(module.resolve("src/test/java")), null, null);

        assertThat(findings(new TestResultsGate(withSources).evaluate())).containsExactly(
                "ERROR src/test/java/shop/ReceiptTest.java:10  shop.ReceiptTest#failsAlways failed (unit); report"
                        + " target/surefire-reports/TEST-shop.ReceiptTest.xml.");
    }

    @Test
    void aClassNamePatternMovesTestsToItsLayerAndOnlyLayersWithTestsOrRulesAreShown() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        copy("TEST-shop.ReceiptTest.xml", unit);
        TestResultsSettings sorted = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true, true,
                null, false, Map.of(), Map.of("e2e", new java.math.BigDecimal("0.40")), null, List.of(),
                LayerRules.parse(List.of(LayerRules.DEFAULT_TAG_LAYERS), List.of("e2e=*ReceiptTest")), Map.of());

        GateResult result = new TestResultsGate(sorted).evaluate();

        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> layers = (Map<String, Map<String, Object>>) result.details().get("layers");
        assertThat(layers).containsOnlyKeys("unit", "integration", "e2e");
        assertThat(layers.get("unit")).containsEntry("tests", 3);
        assertThat(layers.get("e2e")).containsEntry("tests", 2).containsEntry("failed", 1L);
        assertThat(findings(result)).contains("ERROR target/surefire-reports/TEST-shop.ReceiptTest.xml"
                + "  shop.ReceiptTest#failsAlways failed (e2e).");
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("share of e2e")).singleElement()
                .satisfies(m -> assertThat(m.met()).isTrue());
    }

    @Test
    void aLayerWithFewerTestsThanItsMinimumFailsAndIsShownEvenWhenEmpty() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        TestResultsSettings held = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true, true,
                null, false, Map.of(), Map.of(), null, List.of(), null,
                TestResultsSettings.parseCounts("minimumTests", List.of("unit=3,contract=1")));

        GateResult result = new TestResultsGate(held).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.measurements()).filteredOn(m -> m.name().startsWith("tests in"))
                .extracting(m -> m.name() + " " + m.value() + " " + m.met())
                .containsExactly("tests in unit 3 true", "tests in contract 0 false");
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("tests in contract")).singleElement()
                .satisfies(m -> assertThat(m.message()).isEqualTo("the contract layer ran 0 tests, at least 1"
                        + " expected: add them, or check that their plugin runs and writes to the layer's folder."));
        @SuppressWarnings("unchecked")
        Map<String, Object> layers = (Map<String, Object>) result.details().get("layers");
        assertThat(layers).containsOnlyKeys("unit", "integration", "contract");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TestResultsSettings.parseCounts("minimumTests",
                List.of("unit=many"))).hasMessage("parameter minimumTests: 'unit=many' is not layer=count. Fix: write"
                + " it as unit=1,integration=1 (a whole number of tests).");
    }

    @Test
    void theSkippedLimitMayBeAShareOfAllTests() throws Exception {
        TestResultsSettings plain = settings(true, null, false);
        copy("TEST-shop.CartTest.xml", unit);
        copy("TEST-shop.ReceiptTest.xml", integration);
        TestResultsSettings limited = new TestResultsSettings(module, plain.layers(), plain.testClasses(), true, true,
                SkipLimit.parse("maxSkipped", "10%"), false);

        GateResult result = new TestResultsGate(limited).evaluate();

        assertThat(result.measurements()).filteredOn(m -> m.name().equals("skipped tests")).singleElement()
                .satisfies(m -> {
                    assertThat(m.met()).isFalse();
                    assertThat(m.message()).isEqualTo("1 test skipped, at most 10% of 5 tests, 0, allowed: run them"
                            + " or remove them.");
                });
        assertThat(SkipLimit.parse("maxSkipped", "0.5").allowed(5)).isEqualTo(2);
        assertThat(SkipLimit.parse("maxSkipped", "3").allowed(100)).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SkipLimit.parse("maxSkipped", "lots"))
                .hasMessage("parameter maxSkipped: 'lots' is neither a number of tests nor a share. Fix: write a"
                        + " count (3) or a share of all tests (5% or 0.05).");
    }
}
