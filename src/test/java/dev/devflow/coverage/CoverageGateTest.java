package dev.devflow.coverage;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.testing.CoverageFixture;
import dev.devflow.testing.CoverageFixture.Call;
import dev.devflow.testing.sample.Discount;
import dev.devflow.testing.sample.Receipt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageGateTest {

    @TempDir
    Path root;

    private CoverageFixture module() {
        return new CoverageFixture(root).withClass(Discount.class).withClass(Receipt.class);
    }

    private CoverageSettings settings(Path classes, List<Path> execFiles, List<CoverageRule> rules) {
        return new CoverageSettings("shop", root, List.of(classes), List.of(), execFiles, rules,
                List.of(), List.of(CoverageSettings.DEFAULT_EXCLUDED_ANNOTATIONS), true);
    }

    private static List<CoverageRule> overall(String minimum) throws GateInputException {
        return List.of(CoverageRules.overall(minimum));
    }

    @Test
    void passesWhenEveryLineRuns() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec",
                Call.of(Discount.class, "apply", 100L, null), Call.of(Discount.class, "apply", 100L, "TEN"),
                Call.of(Discount.class, "apply", 100L, "X"), Call.of(Discount.class, "describe", 1234L),
                Call.of(Receipt.class, "header"), Call.of(Receipt.class, "oldFooter"));

        GateResult result = new CoverageGate(settings(classes, List.of(exec), overall("0.85"))).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(counters(result).get("LINE")).isEqualTo(Map.of("missed", 2, "covered", 13));
        assertThat(result.headline()).isEqualTo("line coverage 0.86; the 1 rule limit holds");
    }

    @Test
    void failsBelowMinimumWithTheGapAndTheUncoveredLines() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Discount.class, "apply", 100L, null));

        GateResult result = new CoverageGate(settings(classes, List.of(exec), overall("0.85"))).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.missedMeasurements()).extracting(Measurement::message).containsExactly(
                "overall line coverage: Rule violated for bundle shop: lines covered ratio is 0.13, but expected"
                        + " minimum is 0.85 — cover 11 more lines to reach 0.85");
        assertThat(result.findingsOf(Severity.NOTE)).extracting(Finding::describe).containsExactly(
                "dev/devflow/testing/sample/Discount.java:4  dev.devflow.testing.sample.Discount:"
                        + " 9 of 11 lines not covered, at 4, 10-13, 17-21",
                "dev/devflow/testing/sample/Receipt.java:4  dev.devflow.testing.sample.Receipt:"
                        + " 4 of 4 lines not covered, at 4, 7, 12-13");
    }

    @Test
    void countsAsJacocoCheckForEveryElementType() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Discount.class, "apply", 100L, null),
                Call.of(Receipt.class, "header"));
        CoverageRule perClass = CoverageRule.parse("rules[1]", "CLASS", List.of("*Discount"), List.of(),
                List.of(CoverageLimit.parse("rules[1].limits[1]", "METHOD", "MISSEDCOUNT", null, "0")));

        GateResult result = new CoverageGate(settings(classes, List.of(exec), List.of(perClass))).evaluate();

        assertThat(result.missedMeasurements()).extracting(Measurement::message).containsExactly(
                "rules[1]: Rule violated for class dev.devflow.testing.sample.Discount: methods missed count"
                        + " is 2, but expected maximum is 0 — cover 2 more methods to reach 0");
    }

    @Test
    void failsWithoutExecutionDataAndSaysWhy() throws Exception {
        Path classes = module().writeClasses();

        GateResult result = new CoverageGate(settings(classes, List.of(), overall("0.85"))).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("coverage.missing-data");
            assertThat(f.message()).contains("devflow:coverage-agent", "jacoco:prepare-agent", "@{argLine}",
                    "-Ddevflow.coverage.failOnMissingData=false");
        });
    }

    @Test
    void onlyWarnsWithoutExecutionDataWhenTold() throws Exception {
        Path classes = module().writeClasses();
        CoverageSettings warnOnly = new CoverageSettings("shop", root, List.of(classes), List.of(), List.of(),
                overall("0.85"), List.of(), List.of(), false);

        GateResult result = new CoverageGate(warnOnly).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.WARNED);
        assertThat(result.findingsOf(Severity.WARNING)).hasSize(1);
    }

    @Test
    void isNotApplicableWithoutClasses() throws Exception {
        GateResult result = new CoverageGate(settings(root.resolve("missing"), List.of(), overall("0.85"))).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.NOT_APPLICABLE);
        assertThat(result.headline()).startsWith("no compiled classes in ");
    }

    @Test
    void namesACorruptExecFile() throws Exception {
        Path classes = module().writeClasses();
        Path exec = Files.writeString(root.resolve("jacoco.exec"), "not jacoco data");

        assertThatThrownBy(() -> new CoverageGate(settings(classes, List.of(exec), overall("0.85"))).evaluate())
                .isInstanceOf(GateInputException.class)
                .hasMessage(exec + ": is not a valid JaCoCo execution data file (Invalid execution data file)."
                        + " Fix: delete it and run the tests again (mvn clean verify).");
    }

    @Test
    void namesATruncatedExecFile() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Discount.class, "apply", 100L, null));
        byte[] bytes = Files.readAllBytes(exec);
        Files.write(exec, java.util.Arrays.copyOf(bytes, bytes.length - 5));

        assertThatThrownBy(() -> new CoverageGate(settings(classes, List.of(exec), overall("0.85"))).evaluate())
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void listsClassesRecompiledAfterTheTestsRan() throws Exception {
        CoverageFixture recorded = module();
        Path exec = recorded.record("jacoco.exec", Call.of(Discount.class, "apply", 100L, null));
        Path classes = new CoverageFixture(root).withClass(Discount.class, CoverageGateTest::recompiled)
                .withClass(Receipt.class).writeClasses();

        GateResult result = new CoverageGate(settings(classes, List.of(exec), overall("0"))).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findingsOf(Severity.ERROR)).extracting(Finding::message).containsExactly(
                "dev.devflow.testing.sample.Discount does not match the execution data recorded for it: the class"
                        + " was recompiled after the tests ran (stale target/classes). Rebuild from clean:"
                        + " mvn clean verify.");
    }

    @Test
    void failsALineRuleOnClassesWithoutDebugInformation() throws Exception {
        CoverageFixture module = new CoverageFixture(root).withClass(Discount.class, CoverageGateTest::withoutDebugInfo);
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Discount.class, "apply", 100L, null));

        GateResult result = new CoverageGate(settings(classes, List.of(exec), overall("0"))).evaluate();

        assertThat(result.findingsOf(Severity.ERROR)).extracting(Finding::ruleId)
                .containsExactly("coverage.no-debug-info");
    }

    @Test
    void leavesOutAndCountsAnnotatedAndExcludedCode() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Receipt.class, "header"));
        CoverageSettings excluding = new CoverageSettings("shop", root, List.of(classes), List.of(), List.of(exec),
                overall("0.50"), List.of("**/Discount.class"), List.of("Legacy"), true);

        GateResult result = new CoverageGate(excluding).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(counters(result).get("LINE")).isEqualTo(Map.of("missed", 1, "covered", 1));
        assertThat(result.details().get("excluded")).isEqualTo(Map.of(
                "classes", List.of("dev.devflow.testing.sample.Discount"),
                "methods", List.of("dev.devflow.testing.sample.Receipt.oldFooter()")));
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("excluded"))
                .extracting(Measurement::detail)
                .containsExactly("1 classes and 1 methods left out by pattern or annotation");
    }

    @Test
    void holdsEachLayerAloneToItsOwnMinimum() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path unit = module.record("jacoco.exec",
                Call.of(Discount.class, "apply", 100L, null), Call.of(Discount.class, "apply", 100L, "TEN"),
                Call.of(Discount.class, "apply", 100L, "X"), Call.of(Discount.class, "describe", 1234L));
        Path integration = module.record("jacoco-it.exec", Call.of(Receipt.class, "header"));
        CoverageSettings layered = new CoverageSettings("shop", root, List.of(classes), List.of(),
                List.of(unit, integration), overall("0.50"), List.of(), List.of(), true,
                List.of(CoverageLayer.parse("layers", "jacoco.exec=0.50", root),
                        CoverageLayer.parse("layers", "jacoco-it.exec=0.80", root)));

        GateResult result = new CoverageGate(layered).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.measurements()).filteredOn(m -> m.name().startsWith("jacoco.exec line coverage"))
                .singleElement().satisfies(m -> assertThat(m.met()).isTrue());
        assertThat(result.missedMeasurements()).extracting(Measurement::message).containsExactly(
                "jacoco-it.exec line coverage: Rule violated for bundle shop: lines covered ratio is 0.06,"
                        + " but expected minimum is 0.80 — cover 11 more lines to reach 0.80");
        assertThat(result.headline()).isEqualTo("line coverage 0.73; 1 rule limit missed");
    }

    @Test
    void failsALayerWhoseFileIsMissingAndOnlyWarnsWhenTold() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path unit = module.record("jacoco.exec", Call.of(Receipt.class, "header"));
        List<CoverageLayer> layers = List.of(CoverageLayer.parse("layers", "jacoco-it.exec=0.80", root));
        CoverageSettings failing = new CoverageSettings("shop", root, List.of(classes), List.of(), List.of(unit),
                overall("0"), List.of(), List.of(), true, layers);
        CoverageSettings warning = new CoverageSettings("shop", root, List.of(classes), List.of(), List.of(unit),
                overall("0"), List.of(), List.of(), false, layers);

        GateResult failed = new CoverageGate(failing).evaluate();
        GateResult warned = new CoverageGate(warning).evaluate();

        assertThat(failed.status()).isEqualTo(GateStatus.FAILED);
        assertThat(failed.findingsOf(Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("coverage.layer-missing-data");
            assertThat(f.message()).startsWith("jacoco-it.exec line coverage: the file does not exist, so this"
                    + " layer measured nothing.");
            assertThat(f.location().path()).isEqualTo("jacoco-it.exec");
        });
        assertThat(failed.headline()).endsWith("; 1 input problem");
        assertThat(warned.status()).isEqualTo(GateStatus.WARNED);
    }

    @Test
    void warnsWhenACriticalPackagePatternMatchesNothing() throws Exception {
        CoverageFixture module = module();
        Path classes = module.writeClasses();
        Path exec = module.record("jacoco.exec", Call.of(Receipt.class, "header"));
        List<CoverageRule> rules = List.of(CoverageRules.criticalPackages(List.of("com.acme.billing*"), "0.95"));

        GateResult result = new CoverageGate(settings(classes, List.of(exec), rules)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.WARNED);
        assertThat(result.findingsOf(Severity.WARNING)).extracting(Finding::message).containsExactly(
                "critical packages: no package matches [com.acme.billing*], so the rule checks nothing;"
                        + " correct the pattern.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> counters(GateResult result) {
        return (Map<String, Map<String, Object>>) result.details().get("counters");
    }

    /** The same class compiled again with a change: one more field. */
    private static byte[] recompiled(byte[] original) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(original).accept(writer, 0);
        writer.visitField(Opcodes.ACC_PRIVATE, "added", "I", null, null).visitEnd();
        return writer.toByteArray();
    }

    private static byte[] withoutDebugInfo(byte[] original) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(original).accept(writer, ClassReader.SKIP_DEBUG);
        return writer.toByteArray();
    }

    /** An execution data file that cannot be read (here a folder by that name) is named, as bad input. */
    @Test
    void anUnreadableExecFileIsNamedNotACrash() throws Exception {
        Path classes = module().writeClasses();
        Path exec = Files.createDirectories(root.resolve("target/jacoco.exec"));

        assertThatThrownBy(() -> new CoverageGate(settings(classes, List.of(exec), overall("0.85"))).evaluate())
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining(exec.toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java."));
    }
}
