package dev.devflow.lint;

import dev.devflow.baseline.BaselineEntry;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Measurement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LintGateTest {

    @TempDir
    Path root;

    private static final String UNUSED_FIELD = """
            package shop;

            public class Cart {
                private int unused;

                public int size() {
                    return 0;
                }
            }
            """;

    private void source(String path, String text) throws Exception {
        Path file = root.resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private LintSettings settings(int failurePriority, int maxAllowed, List<String> ruleSets, Integer maxDuplications,
                                  Path cache) {
        return new LintSettings(root, List.of(root.resolve("src/main/java")), List.of(), ruleSets, "17", List.of(),
                StandardCharsets.UTF_8, failurePriority, maxAllowed, cache, 1, 50, maxDuplications);
    }

    private LintSettings defaults() {
        return settings(5, 0, List.of(LintSettings.DEFAULT_RULE_SET), null, null);
    }

    private static List<String> findings(GateResult result) {
        return result.findings().stream().map(f -> f.severity() + " " + f.describe()).toList();
    }

    @Test
    void cleanSourcesPass() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD.replace("    private int unused;\n\n", ""));

        GateResult result = new LintGate(defaults()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.headline()).isEqualTo("0 violations within limits");
    }

    @Test
    void aViolationFailsWithPathLineColumnRuleAndMessage() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);

        GateResult result = new LintGate(defaults()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(findings(result)).containsExactly("ERROR src/main/java/shop/Cart.java:4:17  UnusedPrivateField"
                + "  Avoid unused private fields such as 'unused'.");
        assertThat(result.missedMeasurements()).extracting(Measurement::message).containsExactly(
                "1 PMD violation of priority 5 or higher, but at most 0 allowed: fix them, or suppress a deliberate"
                        + " one with @SuppressWarnings(\"PMD.Rule\").");
        assertThat(result.details().get("violationsByRule")).isEqualTo(java.util.Map.of("UnusedPrivateField", 1));
    }

    @Test
    void failurePriorityAndMaxAllowedViolationsLetViolationsPassAsWarnings() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD); // UnusedPrivateField has priority 3

        assertThat(new LintGate(settings(2, 0, List.of(LintSettings.DEFAULT_RULE_SET), null, null)).evaluate().status())
                .isEqualTo(GateStatus.WARNED);
        assertThat(new LintGate(settings(5, 1, List.of(LintSettings.DEFAULT_RULE_SET), null, null)).evaluate().status())
                .isEqualTo(GateStatus.WARNED);
    }

    @Test
    void suppressionsAreHonouredAndCounted() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD.replace("private int unused;", "private int unused; // NOPMD"));

        GateResult result = new LintGate(defaults()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.PASSED);
        assertThat(result.measurements()).filteredOn(m -> m.name().equals("suppressed"))
                .extracting(Measurement::value).containsExactly("1");
    }

    @Test
    void aMissingRuleSetNamesIt() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);

        assertThatThrownBy(() -> new LintGate(settings(5, 0, List.of("category/java/nosuch.xml"), null, null)).evaluate())
                .isInstanceOf(GateInputException.class)
                .hasMessageStartingWith("parameter ruleSets: rule set 'category/java/nosuch.xml' cannot be loaded:");
    }

    @Test
    void aSyntaxErrorIsAFindingAndOtherFilesAreStillAnalysed() throws Exception {
        source("shop/Broken.java", "package shop;\n\npublic class Broken {\n    void x( {\n}\n");
        source("shop/Cart.java", UNUSED_FIELD);

        GateResult result = new LintGate(defaults()).evaluate();

        assertThat(result.findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("lint.processing-error", "lint.UnusedPrivateField");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("lint.processing-error"))
                .extracting(f -> f.location().toString()).containsExactly("src/main/java/shop/Broken.java:4");
    }

    @Test
    void duplicatesFailWhenMaxDuplicationsIsSet() throws Exception {
        String body = "    int sum(int[] xs) {\n        int s = 0;\n        for (int i = 0; i < xs.length; i++) {\n"
                + "            if (xs[i] > 0) { s += xs[i] * 2; } else { s -= xs[i] / 3; }\n        }\n"
                + "        return s + xs.length * 7;\n    }\n";
        source("shop/A.java", "package shop;\nclass A {\n" + body + "}\n");
        source("shop/B.java", "package shop;\nclass B {\n" + body + "}\n");

        GateResult result = new LintGate(settings(5, 0, List.of(LintSettings.DEFAULT_RULE_SET), 0, null)).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("lint.duplicate-code"))
                .extracting(Finding::describe).containsExactly("src/main/java/shop/A.java:2-10  70 tokens (9 lines)"
                        + " duplicated, also at src/main/java/shop/B.java:2-10");
    }

    @Test
    void keepsAnIncrementalCacheKeyedByTheClassDirectoriesOnTheClasspath() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);
        Path cache = root.resolve("target/devflow");
        Path sibling = Files.createDirectories(root.resolve("other/classes"));
        LintSettings settings = new LintSettings(root, List.of(root.resolve("src/main/java")), List.of(),
                List.of(LintSettings.DEFAULT_RULE_SET), "17", List.of(sibling), StandardCharsets.UTF_8, 5, 0, cache, 1,
                100, null);

        GateResult cold = new LintGate(settings).evaluate();
        List<Path> first = cacheFiles(cache);
        GateResult warm = new LintGate(settings).evaluate();
        Files.writeString(sibling.resolve("Changed.class"), "x");
        new LintGate(settings).evaluate();
        List<Path> afterSiblingChange = cacheFiles(cache);

        assertThat(findings(warm)).isEqualTo(findings(cold));
        assertThat(first).hasSize(1);
        assertThat(afterSiblingChange).hasSize(1).isNotEqualTo(first);
    }

    @Test
    void reusesTheLastOutcomeUntilASourceChanges() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);
        Path cache = root.resolve("target/devflow");
        LintSettings settings = settings(5, 0, List.of(LintSettings.DEFAULT_RULE_SET), null, cache);

        GateResult cold = new LintGate(settings).evaluate();
        List<Path> entries = cacheFiles(cache, "lint-");
        // mark the stored outcome, so the next run shows it came from the cache and not from PMD
        Path entry = entries.get(0);
        Files.writeString(entry, Files.readString(entry).replace("Avoid unused private fields", "FROM THE CACHE"));
        GateResult warm = new LintGate(settings).evaluate();
        source("shop/Cart.java", UNUSED_FIELD.replace("    private int unused;\n\n", ""));
        GateResult changed = new LintGate(settings).evaluate();

        assertThat(entries).hasSize(1);
        assertThat(findings(cold)).singleElement().asString().contains("Avoid unused private fields");
        assertThat(findings(warm)).singleElement().asString().contains("FROM THE CACHE")
                .startsWith("ERROR src/main/java/shop/Cart.java:4:17");
        assertThat(changed.status()).isEqualTo(GateStatus.PASSED);
        assertThat(cacheFiles(cache, "lint-")).hasSize(1).isNotEqualTo(entries);
    }

    @Test
    void findingsRecordedInTheBaselineAreKnownAndOnlyNewOnesFail() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);
        GateResult recorded = new LintGate(defaults()).evaluate();
        List<BaselineEntry> baseline = recorded.findings().stream()
                .map(f -> new BaselineEntry(f.fingerprint(), f.ruleId(), f.location().path())).toList();

        // lines inserted above the old violation, and a second unused field: only that one is new
        source("shop/Cart.java", UNUSED_FIELD.replace("public class Cart {\n", "public class Cart {\n\n    // moved down\n\n")
                .replace("    private int unused;\n", "    private int unused;\n    private int alsoUnused;\n"));
        GateResult next = new LintGate(defaults(), Optional.of(baseline)).evaluate();

        assertThat(baseline).singleElement().extracting(BaselineEntry::fingerprint).asString().matches("[0-9a-f]{16}");
        assertThat(next.status()).isEqualTo(GateStatus.FAILED);
        assertThat(findings(next)).containsExactlyInAnyOrder(
                "NOTE src/main/java/shop/Cart.java:7:17  known (in the baseline): UnusedPrivateField  Avoid unused private"
                        + " fields such as 'unused'.",
                "ERROR src/main/java/shop/Cart.java:8:17  UnusedPrivateField  Avoid unused private fields such as"
                        + " 'alsoUnused'.");
        assertThat(next.measurements()).extracting(Measurement::name, Measurement::value)
                .contains(org.assertj.core.groups.Tuple.tuple("violations of priority 1-5, not in the baseline", "1"),
                        org.assertj.core.groups.Tuple.tuple("known (baseline)", "1"));
    }

    @Test
    void aBaselineWhoseFindingsAreFixedPassesAndSaysSo() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);
        List<BaselineEntry> baseline = new LintGate(defaults()).evaluate().findings().stream()
                .map(f -> new BaselineEntry(f.fingerprint(), f.ruleId(), f.location().path())).toList();
        source("shop/Cart.java", UNUSED_FIELD.replace("    private int unused;\n\n", ""));

        GateResult fixed = new LintGate(defaults(), Optional.of(baseline)).evaluate();

        assertThat(fixed.status()).isEqualTo(GateStatus.PASSED);
        assertThat(fixed.measurements()).filteredOn(m -> m.name().equals("known (baseline)")).singleElement()
                .extracting(Measurement::detail).asString()
                .startsWith("1 finding recorded in the baseline is fixed: refresh the baseline with mvn devflow:baseline");
    }

    private static List<Path> cacheFiles(Path dir) throws Exception {
        return cacheFiles(dir, "pmd-");
    }

    private static List<Path> cacheFiles(Path dir, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void rejectsAnImpossiblePriorityAndAnUnknownJavaVersion() throws Exception {
        source("shop/Cart.java", UNUSED_FIELD);
        assertThatThrownBy(() -> new LintGate(settings(6, 0, List.of(LintSettings.DEFAULT_RULE_SET), null, null)).evaluate())
                .hasMessageStartingWith("parameter failurePriority: 6 is not a PMD priority.");
        assertThatThrownBy(() -> PmdRun.javaVersion("1.2.3"))
                .hasMessageStartingWith("parameter languageVersion: PMD does not know Java '1.2.3'.");
    }

    @Test
    void isNotApplicableWithoutSources() throws Exception {
        assertThat(new LintGate(defaults()).evaluate().status()).isEqualTo(GateStatus.NOT_APPLICABLE);
    }

    /** A source file that cannot be read (a link to nothing) is named as bad input, not skipped. */
    @Test
    void anUnreadableSourceFileIsNamedNotSkipped() throws Exception {
        source("shop/Cart.java", "package shop;\n\npublic class Cart {\n}\n");
        Path broken = root.resolve("src/main/java/shop/Broken.java");
        Files.createSymbolicLink(broken, root.resolve("nowhere/Broken.java"));

        assertThatThrownBy(() -> new LintGate(defaults()).evaluate())
                .isInstanceOf(dev.devflow.gate.GateInputException.class)
                .hasMessage(broken + ": is a link to a file that does not exist, so it cannot be checked."
                        + " Fix: correct the link, or remove it from the sources.");
    }
}
