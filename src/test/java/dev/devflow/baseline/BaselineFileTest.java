package dev.devflow.baseline;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineFileTest {

    private static final String CART_FILE = "src/main/java/com/acme/Cart.java";
    private static final String VALID = """
            {
              "schemaVersion": 1,
              "modules": {
                "com.acme:cart": {
                  "coverage": {
                    "INSTRUCTION": 0.9000,
                    "BRANCH": 0.7500,
                    "LINE": 0.8731
                  },
                  "findings": {
                    "lint": [
                      {
                        "fingerprint": "d882ece20cc062c4",
                        "rule": "lint.unused-local",
                        "path": "src/main/java/com/acme/Cart.java"
                      }
                    ],
                    "static-analysis": []
                  }
                }
              }
            }
            """;
    private static final String REWRITE = " Fix: correct it, or run mvn devflow:baseline to write it again.";

    @TempDir
    Path project;

    @Test
    void noFileIsNoBaseline() throws Exception {
        assertThat(BaselineFile.read(file())).isEmpty();
    }

    @Test
    void writesSortedPrettyJsonThatReadsBack() throws Exception {
        Map<CoverageCounter, BigDecimal> coverage = new HashMap<>();
        coverage.put(CoverageCounter.LINE, new BigDecimal("0.87314"));
        coverage.put(CoverageCounter.BRANCH, new BigDecimal("0.75"));
        coverage.put(CoverageCounter.INSTRUCTION, new BigDecimal("0.9"));
        Map<String, List<BaselineEntry>> findings = new LinkedHashMap<>();
        findings.put("static-analysis", List.of());
        findings.put("lint", List.of(new BaselineEntry("d882ece20cc062c4", "lint.unused-local", CART_FILE)));
        Map<String, ModuleBaseline> modules = new LinkedHashMap<>();
        modules.put("com.acme:web", new ModuleBaseline(Map.of(), Map.of()));
        modules.put("com.acme:cart", new ModuleBaseline(coverage, findings));
        Baseline baseline = new Baseline(modules);

        assertThat(BaselineFile.write(file(), baseline)).isTrue();

        String cartOnly = VALID.substring(0, VALID.lastIndexOf("    }\n  }\n}"));
        assertThat(Files.readString(file())).isEqualTo(cartOnly + "    },\n    \"com.acme:web\": {\n"
                + "      \"coverage\": {},\n      \"findings\": {}\n    }\n  }\n}\n");
        assertThat(BaselineFile.read(file())).contains(baseline);
        assertThat(baseline.module("com.acme:cart").orElseThrow().coverage())
                .containsEntry(CoverageCounter.LINE, new BigDecimal("0.8731"));
    }

    @Test
    void sortsFindingsByPathThenRuleThenFingerprint() {
        BaselineEntry b = new BaselineEntry("0000000000000002", "lint.a", "B.java");
        BaselineEntry aZ = new BaselineEntry("0000000000000001", "lint.z", "A.java");
        BaselineEntry aA2 = new BaselineEntry("0000000000000004", "lint.a", "A.java");
        BaselineEntry aA1 = new BaselineEntry("0000000000000003", "lint.a", "A.java");

        ModuleBaseline module = new ModuleBaseline(Map.of(), Map.of("lint", List.of(b, aZ, aA2, aA1)));

        assertThat(module.findingsOf("lint")).containsExactly(aA1, aA2, aZ, b);
        assertThat(module.findingsOf("static-analysis")).isEmpty();
    }

    @Test
    void isNotRewrittenWhenNothingChanged() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), VALID);
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(file(), old);
        Baseline same = BaselineFile.read(file()).orElseThrow();

        assertThat(BaselineFile.write(file(), same)).isFalse();
        assertThat(Files.getLastModifiedTime(file())).isEqualTo(old);
        assertThat(Files.readString(file())).isEqualTo(VALID);

        Baseline changed = same.withModule("com.acme:web", new ModuleBaseline(Map.of(), Map.of()));
        assertThat(BaselineFile.write(file(), changed)).isTrue();
        assertThat(BaselineFile.read(file())).contains(changed);
        assertThat(Files.list(file().getParent())).containsExactly(file());
    }

    @Test
    void updateReplacesOneModuleAndKeepsTheOthers() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), VALID);
        ModuleBaseline web = module("0.5");

        assertThat(BaselineFile.update(file(), "com.acme:web", web).written()).isTrue();
        assertThat(BaselineFile.update(file(), "com.acme:web", web).written()).isFalse();
        assertThat(Files.readString(file())).startsWith(VALID.substring(0, VALID.lastIndexOf("    }\n  }\n}")));
        assertThat(BaselineFile.update(file(), "com.acme:cart", module("0.25")).written()).isTrue();
        assertThat(BaselineFile.read(file()).orElseThrow().modules())
                .containsExactly(Map.entry("com.acme:cart", module("0.25")), Map.entry("com.acme:web", web));
    }

    @Test
    void updatesFromManyModulesAtOnceAllArrive() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> writes = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String key = "com.acme:module-" + i;
                writes.add(threads.submit(() -> BaselineFile.update(file(), key, module("0.5")).written()));
            }
            for (Future<Boolean> write : writes) {
                assertThat(write.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
        assertThat(BaselineFile.read(file()).orElseThrow().modules()).hasSize(12);
    }

    @Test
    void anotherMavenProcessWaitsWhileTheFileIsBeingUpdated() throws Exception {
        Process other;
        try (BaselineLock held = BaselineLock.acquire(file())) {
            other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BaselineUpdateProcess.class.getName(),
                    file().toString(), "com.acme:other").redirectErrorStream(true).start();
            var output = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("ready");
            Thread.sleep(1500);
            assertThat(file()).doesNotExist(); // the other process waits for the lock
            assertThat(other.isAlive()).isTrue();
        }
        assertThat(other.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(other.exitValue()).isZero();
        assertThat(BaselineFile.read(file()).orElseThrow().modules()).containsOnlyKeys("com.acme:other");
    }

    @Test
    void theLockLiesOutsideTheProjectAndIsOnePerUserNotOnePerCheckout() {
        Path lock = BaselineLock.lockFile(file());

        assertThat(lock.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(lock.getFileName().toString()).matches("devflow-baseline-[0-9a-f]{32}\\.lock");
        assertThat(BaselineLock.lockFile(project.resolve("x/../" + BaselineFile.DEFAULT_PATH))).isEqualTo(lock);
        assertThat(BaselineLock.lockFile(project.resolve("../another-checkout/.devflow/baseline.json"))).isEqualTo(lock);
    }

    @Test
    void updateWritesADamagedFileAnewKeepingItButNeverDowngradesANewerOne() throws Exception {
        Files.createDirectories(file().getParent());
        String damaged = VALID.replace("0.8731", "7");
        Files.writeString(file(), damaged);

        BaselineFile.Update update = BaselineFile.update(file(), "com.acme:web", module("0.5"));
        assertThat(update.written()).isTrue();
        assertThat(update.damage()).isEqualTo("the LINE ratio must be a number from 0 to 1, not 7.");
        assertThat(update.kept()).isEqualTo(file().resolveSibling("baseline.json.damaged"));
        assertThat(Files.readString(update.kept())).isEqualTo(damaged);
        assertThat(BaselineFile.read(file()).orElseThrow().modules()).containsOnlyKeys("com.acme:web");
        assertThat(BaselineFile.update(file(), "com.acme:web", module("0.5")).damage()).isNull();

        String newer = VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
        Files.writeString(file(), newer);
        assertThatThrownBy(() -> BaselineFile.update(file(), "com.acme:web", module("0.5")))
                .isInstanceOf(GateInputException.class).hasMessageContaining("newer devflow");
        assertThat(Files.readString(file())).isEqualTo(newer);
    }

    @Test
    void aNewerFormatAsksForANewerDevflow() throws Exception {
        assertRejected(VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"), 2,
                "the baseline was written by a newer devflow (schemaVersion 2); this one reads schemaVersion 1."
                        + " Fix: upgrade devflow to the version that wrote it.");
    }

    @Test
    void badJsonNamesLineAndColumn() throws Exception {
        assertRejected(VALID.replace("0.7500,", "0.7500"), 8,
                "the baseline is not valid JSON: '}' was expected (column 9)." + REWRITE);
        assertRejected("", 1, "the baseline is not valid JSON: the text ends where a value was expected"
                + " (column 1)." + REWRITE);
        assertRejected(VALID.replace("\"lint\": [", "\"lint\": [,"), 11,
                "the baseline is not valid JSON: unexpected text (column 18)." + REWRITE);
    }

    @Test
    void valuesThatMakeNoSenseNameTheirLine() throws Exception {
        assertRejected(VALID.replace("0.8731", "1.5"), 8,
                "the LINE ratio must be a number from 0 to 1, not 1.5." + REWRITE);
        assertRejected(VALID.replace("0.7500", "-0.1"), 7,
                "the BRANCH ratio must be a number from 0 to 1, not -0.1." + REWRITE);
        assertRejected(VALID.replace("0.7500", "\"high\""), 7,
                "the BRANCH ratio must be a number from 0 to 1, not \"high\"." + REWRITE);
        assertRejected(VALID.replace("\"LINE\"", "\"LINES\""), 8, "unknown coverage counter \"LINES\"; the"
                + " counters are [INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS]." + REWRITE);
        assertRejected(VALID.replace("d882ece20cc062c4", "D882"), 13,
                "fingerprint \"D882\" is not 16 lower-case hex digits." + REWRITE);
        assertRejected(VALID.replace("\"lint.unused-local\"", "\"\""), 14,
                "rule must be a non-empty string, not \"\"." + REWRITE);
        assertRejected(VALID.replace("\"static-analysis\"", "\"spotbugs\""), 18, "unknown gate \"spotbugs\";"
                + " findings are recorded for [lint, static-analysis, audit]." + REWRITE);
        assertRejected(VALID.replace("\"static-analysis\": []", "\"static-analysis\": {}"), 18,
                "modules/com.acme:cart/findings/static-analysis must be an array, not an object." + REWRITE);
        assertRejected(VALID.replace("com.acme:cart", "cart"), 4,
                "module \"cart\" is not named groupId:artifactId." + REWRITE);
        assertRejected(VALID.replace("\"schemaVersion\": 1", "\"schemaVersion\": \"1\""), 2,
                "schemaVersion must be a whole number from 1, not \"1\"." + REWRITE);
    }

    @Test
    void missingUnknownAndRepeatedPartsNameTheirLine() throws Exception {
        assertRejected(VALID.replace("  \"schemaVersion\": 1,\n", ""), 1,
                "\"schemaVersion\" is missing in the top level." + REWRITE);
        assertRejected(VALID.replace("      \"coverage\": {\n", "      \"note\": \"x\",\n      \"coverage\": {\n"),
                5, "unknown name \"note\" in modules/com.acme:cart; the names there are [coverage, findings]."
                        + REWRITE);
        String entry = VALID.substring(VALID.indexOf("          {\n"), VALID.indexOf("        ],"));
        assertRejected(VALID.replace(entry, entry.replace("}\n", "},\n") + entry), 17,
                "fingerprint d882ece20cc062c4 is listed twice." + REWRITE);
        assertRejected("[]\n", 1, "the top level must be an object, not an array." + REWRITE);
    }

    private void assertRejected(String text, int line, String message) throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), text.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> BaselineFile.read(file())).isInstanceOfSatisfying(GateInputException.class, e -> {
            assertThat(e).hasMessage(file() + ":" + line + ": " + message);
            assertThat(e.line()).isEqualTo(line);
        });
        assertThat(Files.readString(file())).isEqualTo(text);
    }

    private static ModuleBaseline module(String line) {
        return new ModuleBaseline(Map.of(CoverageCounter.LINE, new BigDecimal(line)), Map.of("lint", List.of()));
    }

    private Path file() {
        return project.resolve(BaselineFile.DEFAULT_PATH);
    }

    /** A baseline that cannot be read (here a folder by that name) is named, as bad input. */
    @Test
    void anUnreadableBaselineIsNamedNotACrash() throws Exception {
        Files.createDirectories(file());

        assertThatThrownBy(() -> BaselineFile.read(file())).isInstanceOf(dev.devflow.gate.GateInputException.class)
                .hasMessageContaining(file().toString())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java."));
    }
}
