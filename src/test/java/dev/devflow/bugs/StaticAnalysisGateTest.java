package dev.devflow.bugs;

import dev.devflow.baseline.BaselineEntry;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Severity;
import dev.devflow.testing.CoverageFixture;
import dev.devflow.testing.sample.Buggy;
import dev.devflow.testing.sample.Discount;
import dev.devflow.testing.sample.Insecure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaticAnalysisGateTest {

    @TempDir
    Path root;

    static Path findSecBugsJar() throws Exception {
        return Path.of(com.h3xstream.findsecbugs.PredictableRandomDetector.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
    }

    private Path classes(Class<?>... types) throws Exception {
        CoverageFixture module = new CoverageFixture(root);
        for (Class<?> type : types) {
            module.withClass(type);
        }
        return module.writeClasses();
    }

    private StaticAnalysisSettings settings(Path classes, String threshold, boolean failOnSecurity, Path cache)
            throws Exception {
        return new StaticAnalysisSettings(root, classes, List.of(root.resolve("src/main/java")), List.of(), "default",
                threshold, 20, failOnSecurity, findSecBugsJar(), null, null, true, cache, 1);
    }

    private static List<String> findings(GateResult result) {
        return result.findings().stream().map(Finding::describe).toList();
    }

    @Test
    void cleanClassesPass() throws Exception {
        GateResult result = new StaticAnalysisGate(settings(classes(Discount.class), "medium", true, null)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.headline()).isEqualTo("0 bugs");
    }

    @Test
    void aBugFailsWithItsPlaceTypeCategoryAndRank() throws Exception {
        GateResult result = new StaticAnalysisGate(settings(classes(Buggy.class), "medium", true, null)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(findings(result)).singleElement().asString()
                .startsWith("dev/devflow/testing/sample/Buggy.java:7  RV_RETURN_VALUE_IGNORED (");
    }

    @Test
    void securityWeaknessesFailEvenAtTheHighThreshold() throws Exception {
        GateResult result = new StaticAnalysisGate(settings(classes(Insecure.class), "high", true, null)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        String hint = " — if accepted, suppress it where it stands: @SuppressFBWarnings(value = \"%s\", justification = \"…\")";
        assertThat(findings(result)).containsExactly( // scariest first
                "dev/devflow/testing/sample/Insecure.java:11  WEAK_MESSAGE_DIGEST_MD5 (SECURITY, rank 10)  This API MD5"
                        + " (MDX) is not a recommended cryptographic hash function" + hint.formatted("WEAK_MESSAGE_DIGEST_MD5"),
                "dev/devflow/testing/sample/Insecure.java:15  PREDICTABLE_RANDOM (SECURITY, rank 12)  This random"
                        + " generator (java.util.Random) is predictable" + hint.formatted("PREDICTABLE_RANDOM"),
                "dev/devflow/testing/sample/Insecure.java:15  DMI_RANDOM_USED_ONLY_ONCE (BAD_PRACTICE, rank 14)  Random"
                        + " object created and used only once in dev.devflow.testing.sample.Insecure.token()");
        assertThat(new StaticAnalysisGate(settings(classes(Insecure.class), "high", false, null)).evaluate().findings())
                .extracting(Finding::ruleId).doesNotContain("static-analysis.PREDICTABLE_RANDOM");
    }

    @Test
    void anUnchangedModuleIsNotAnalysedAgain() throws Exception {
        Path cache = root.resolve("target/devflow");
        StaticAnalysisSettings settings = settings(classes(Buggy.class, Insecure.class), "medium", true, cache);

        GateResult cold = new StaticAnalysisGate(settings).evaluate();
        List<Path> cacheFiles = list(cache);
        GateResult warm = new StaticAnalysisGate(settings).evaluate();

        assertThat(findings(warm)).isEqualTo(findings(cold)).isNotEmpty();
        assertThat(cacheFiles).singleElement().asString().contains("spotbugs-");
        assertThat(list(cache)).isEqualTo(cacheFiles);
        Files.write(root.resolve("classes/dev/devflow/testing/sample/Buggy.class"),
                CoverageFixture.bytesOf(Discount.class));
        new StaticAnalysisGate(settings).evaluate();
        assertThat(list(cache)).hasSize(1).isNotEqualTo(cacheFiles);
    }

    @Test
    void aKnownBugPassesButAKnownSecurityFindingStillFails() throws Exception {
        StaticAnalysisSettings settings = settings(classes(Buggy.class, Insecure.class), "medium", true, null);
        GateResult recorded = new StaticAnalysisGate(settings).evaluate();
        List<BaselineEntry> baseline = recorded.findings().stream().filter(f -> f.fingerprint() != null)
                .map(f -> new BaselineEntry(f.fingerprint(), f.ruleId(), f.location().path())).toList();

        GateResult next = new StaticAnalysisGate(settings, Optional.of(baseline)).evaluate();

        assertThat(baseline).hasSize(recorded.findings().size()).anyMatch(e -> e.rule().contains("MD5"));
        assertThat(next.status()).isEqualTo(GateStatus.FAILED);
        assertThat(next.findings()).filteredOn(f -> f.message().contains("(SECURITY,")).hasSize(2)
                .allMatch(f -> f.severity() == Severity.ERROR);
        assertThat(next.findings()).filteredOn(f -> !f.message().contains("(SECURITY,")).isNotEmpty()
                .allMatch(f -> f.severity() == Severity.NOTE && f.message().startsWith("known (in the baseline): "));
    }

    @Test
    void aCorruptClassFileMakesTheAnalysisIncomplete() throws Exception {
        Path classes = classes(Discount.class);
        Files.writeString(classes.resolve("dev/devflow/testing/sample/Broken.class"), "not a class file");

        GateResult result = new StaticAnalysisGate(settings(classes, "medium", true, null)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).extracting(Finding::ruleId).contains("static-analysis.incomplete");
        assertThat(result.headline()).endsWith("; analysis incomplete");
    }

    @Test
    void withoutClassesItIsNotApplicableOrSaysCompileFirst() throws Exception {
        assertThat(new StaticAnalysisGate(settings(root.resolve("none"), "medium", true, null)).evaluate().status())
                .isEqualTo(GateStatus.NOT_APPLICABLE);
        Files.createDirectories(root.resolve("src/main/java"));
        Files.writeString(root.resolve("src/main/java/A.java"), "class A {}");
        GateResult result = new StaticAnalysisGate(settings(root.resolve("none"), "medium", true, null)).evaluate();
        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("static-analysis.not-compiled");
    }

    @Test
    void rejectsUnknownEffortAndThreshold() {
        assertThatThrownBy(() -> SpotBugsRun.effort("maximum")).isInstanceOf(GateInputException.class)
                .hasMessage("parameter effort: unknown effort 'maximum'. Fix: use min, default or max.");
        assertThatThrownBy(() -> SpotBugsRun.threshold("urgent"))
                .hasMessage("parameter threshold: unknown threshold 'urgent'. Fix: use high, medium (the default) or low.");
    }

    private static List<Path> list(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    /** A class file that cannot be read (a link to nothing) is named, not a crash and not a pass. */
    @Test
    void anUnreadableClassFileIsNamedNotACrash() throws Exception {
        Path classes = classes(Discount.class);
        Files.createSymbolicLink(classes.resolve("Broken.class"), root.resolve("nowhere/Broken.class"));

        GateResult result = new StaticAnalysisGate(settings(classes, "medium", true, null)).evaluate();

        assertThat(result.status()).isEqualTo(dev.devflow.gate.GateStatus.FAILED);
        assertThat(findings(result)).singleElement().asString()
                .contains("analysis error: Invalid class resource Broken.class in " + classes)
                .contains("no such file: " + classes.resolve("Broken.class"))
                .doesNotContain("Exception");
    }
}
