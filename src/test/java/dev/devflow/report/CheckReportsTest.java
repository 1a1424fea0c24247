package dev.devflow.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import dev.devflow.report.ModuleCheck.GateRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class CheckReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ModuleCheck check() {
        GateResult changelog = GateResult.measured("changelog", "changelog 1 problem",
                List.of(new Measurement("problems", "1", "0 warnings", Threshold.maximum(BigDecimal.ZERO), false,
                        "1 problem in CHANGELOG.md, expected none: fix the lines below.")),
                List.of(new Finding("changelog.section", Severity.ERROR, "'### Bug Fixes' is not a change type.",
                        Location.ofLine("CHANGELOG.md", 5))), Map.of());
        GateResult coverage = GateResult.measured("coverage", "line coverage 0.90; the 1 rule limit holds",
                List.of(Measurement.reported("LINE", "0.90", "18 of 20 covered")), List.of(), Map.of());
        GateResult lint = GateResult.measured("lint", "1 violation; 1 limit missed",
                List.of(new Measurement("violations of priority 1-5", "1", "1 in all", Threshold.maximum(BigDecimal.ZERO),
                        false, "1 PMD violation of priority 5 or higher, but at most 0 allowed.")),
                List.of(new Finding("lint.UnusedPrivateField", Severity.ERROR,
                        "UnusedPrivateField  Avoid unused private fields such as 'x'.",
                        Location.ofColumn("src/main/java/shop/Cart.java", 22, 17))), Map.of());
        GateResult version = GateResult.skipped("version", "skipped by devflow.version.skip");
        return new ModuleCheck("shop", "services/shop", List.of(new GateRun(changelog, 40), new GateRun(version, 0),
                new GateRun(coverage, 210), new GateRun(lint, 1900)));
    }

    @Test
    void theTableHasARowPerGate() {
        assertThat(CheckTable.module(check())).containsExactly(
                "devflow check of shop: FAILED",
                "  gate       status   result                                      time",
                "  changelog  FAILED   changelog 1 problem                         0.0 s",
                "  version    skipped  skipped by devflow.version.skip             0.0 s",
                "  coverage   passed   line coverage 0.90; the 1 rule limit holds  0.2 s",
                "  lint       FAILED   1 violation; 1 limit missed                 1.9 s");
    }

    private static GateRun testResults(Map<String, Object> unit, Map<String, Object> integration) {
        Map<String, Object> layers = new java.util.LinkedHashMap<>();
        layers.put("unit", unit);
        if (integration != null) {
            layers.put("integration", integration);
        }
        return new GateRun(GateResult.measured("test-results", "tests", List.of(), List.of(),
                Map.of("layers", layers)), 10);
    }

    private static Map<String, Object> layer(int tests, long failed, long errors, long skipped, String seconds) {
        return Map.of("tests", tests, "failed", failed, "errors", errors, "skipped", skipped, "flaky", 0L,
                "seconds", new BigDecimal(seconds));
    }

    @Test
    void theReactorTableSumsTheTestLayersOfEveryModule() {
        ModuleCheck app = new ModuleCheck("app", "app", List.of(testResults(layer(6, 1, 0, 0, "0.25"),
                layer(2, 0, 0, 1, "12.5"))));
        // a cached report read back: numbers of other types
        ModuleCheck lib = new ModuleCheck("lib", "lib", List.of(testResults(Map.of("tests", new BigDecimal("2"),
                "failed", 0, "errors", 1, "skipped", 0, "flaky", 1, "seconds", 0.5), null)));

        List<String> table = CheckTable.reactor(List.of(app, lib, check()));

        assertThat(table.subList(table.size() - 4, table.size())).containsExactly(
                "devflow test layers of the reactor: 10 tests in 2 modules",
                "  layer        tests  share  failed  skipped  flaky  time",
                "  unit         8      0.80   2       0        1      0.8 s",
                "  integration  2      0.20   0       1        0      12.5 s");
        assertThat(CheckTable.reactor(List.of(check()))).noneMatch(line -> line.contains("test layers"));
    }

    @Test
    void reportJsonFollowsTheShippedSchema() throws Exception {
        JsonNode report = JSON.readTree(CheckJson.render(check()));

        assertThat(validate("/dev/devflow/report/report.schema.json", SpecVersion.VersionFlag.V7, report)).isEmpty();
        JsonNode broken = JSON.readTree(CheckJson.render(check()).replace("\"status\": \"FAILED\"", "\"status\": \"RED\""));
        assertThat(validate("/dev/devflow/report/report.schema.json", SpecVersion.VersionFlag.V7, broken)).isNotEmpty();
        assertThat(report.get("status").asText()).isEqualTo("FAILED");
        assertThat(report.get("gates").findValuesAsText("gate")).containsExactly("changelog", "version", "coverage", "lint");
        assertThat(report.get("gates").get(3).get("millis").asLong()).isEqualTo(1900);
    }

    @Test
    void sarifIsValidSarif210WithRepositoryRelativePaths() throws Exception {
        JsonNode sarif = JSON.readTree(SarifReport.render(check(), "0.1.0"));

        assertThat(validate("/schemas/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V4, sarif)).isEmpty();
        // and the validation can fail: a level SARIF does not have
        JsonNode broken = JSON.readTree(SarifReport.render(check(), "0.1.0").replace("\"level\": \"error\"",
                "\"level\": \"fatal\""));
        assertThat(validate("/schemas/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V4, broken)).isNotEmpty();
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(sarif.at("/runs/0/results").size()).isEqualTo(1); // the changelog finding is no code finding
        assertThat(result.get("ruleId").asText()).isEqualTo("lint.UnusedPrivateField");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("services/shop/src/main/java/shop/Cart.java");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(22);
        assertThat(result.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(17);
        assertThat(sarif.at("/runs/0/tool/driver/rules/0/id").asText()).isEqualTo("lint.UnusedPrivateField");
    }

    @Test
    void junitXmlMakesEachGateATestCase(@TempDir Path dir) throws Exception {
        Path file = JUnitReport.write(check(), dir.resolve("devflow-junit.xml"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());

        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo("4");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("2");
        assertThat(xml.getDocumentElement().getAttribute("skipped")).isEqualTo("1");
        assertThat(xml.getElementsByTagName("failure").item(0).getAttributes().getNamedItem("message").getNodeValue())
                .isEqualTo("changelog 1 problem");
    }

    @Test
    void markdownIsASummaryForAPullRequest() {
        assertThat(MarkdownReport.render(check())).isEqualTo("""
                ## devflow check of shop: FAILED

                | gate | status | result | time |
                |---|---|---|---|
                | changelog | ❌ FAILED | changelog 1 problem | 0.0 s |
                | version | skipped | skipped by devflow.version.skip | 0.0 s |
                | coverage | ✅ passed | line coverage 0.90; the 1 rule limit holds | 0.2 s |
                | lint | ❌ FAILED | 1 violation; 1 limit missed | 1.9 s |

                ### changelog: 1 error

                - `CHANGELOG.md:5` '### Bug Fixes' is not a change type.

                ### lint: 1 error

                - `services/shop/src/main/java/shop/Cart.java:22:17` UnusedPrivateField  Avoid unused private fields such as 'x'.
                """);
    }

    @Test
    void githubAnnotationsAreWorkflowCommandsCappedAtFifty() {
        assertThat(CiAnnotations.github(check())).containsExactly(
                "::error file=CHANGELOG.md,line=5,endLine=5,title=changelog.section::'### Bug Fixes' is"
                        + " not a change type.", // changelog paths are relative to the reactor root already
                "::error file=services/shop/src/main/java/shop/Cart.java,line=22,endLine=22,col=17,"
                        + "title=lint.UnusedPrivateField::UnusedPrivateField  Avoid unused private fields such as 'x'.");
        List<Finding> many = IntStream.rangeClosed(1, 53).mapToObj(i -> new Finding("lint.X", Severity.WARNING,
                "100% wrong,\nreally", Location.ofLine("A.java", i))).toList();
        ModuleCheck noisy = new ModuleCheck("m", "", List.of(new GateRun(
                GateResult.measured("lint", "h", List.of(), many, Map.of()), 1)));
        List<String> commands = CiAnnotations.github(noisy);
        assertThat(commands).hasSize(51);
        assertThat(commands.get(0)).isEqualTo("::warning file=A.java,line=1,endLine=1,title=lint.X::100%25 wrong,%0Areally");
        assertThat(commands.get(50)).isEqualTo("::notice title=devflow::3 more findings are in target/devflow/report.json");
    }

    @Test
    void gitlabCodeQualityListsFindingsWithStableFingerprints(@TempDir Path dir) throws Exception {
        Path file = CiAnnotations.writeGitlabCodeQuality(check(), dir.resolve("gl.json"));
        JsonNode issues = JSON.readTree(Files.readString(file));

        assertThat(issues.size()).isEqualTo(2);
        assertThat(issues.get(1).get("check_name").asText()).isEqualTo("lint.UnusedPrivateField");
        assertThat(issues.get(1).at("/location/path").asText()).isEqualTo("services/shop/src/main/java/shop/Cart.java");
        assertThat(issues.get(1).at("/location/lines/begin").asInt()).isEqualTo(22);
        assertThat(issues.get(1).get("fingerprint").asText()).hasSize(32)
                .isEqualTo(JSON.readTree(Files.readString(CiAnnotations.writeGitlabCodeQuality(check(),
                        dir.resolve("again.json")))).get(1).get("fingerprint").asText());
    }

    private static Set<ValidationMessage> validate(String schema, SpecVersion.VersionFlag version, JsonNode document)
            throws Exception {
        try (InputStream in = CheckReportsTest.class.getResourceAsStream(schema)) {
            JsonSchema loaded = JsonSchemaFactory.getInstance(version).getSchema(in);
            return loaded.validate(document);
        }
    }

    @Test
    void moduleReportsWriteTheFourFilesAndTheCisOutputsOnlyWhereTheEnvironmentSaysSo(@org.junit.jupiter.api.io.TempDir
            Path dir) throws Exception {
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(console, true, java.nio.charset.StandardCharsets.UTF_8);

        ModuleReports.write(check(), dir.resolve("plain"), "1.0", Map.of(), out);
        assertThat(dir.resolve("plain")).isDirectoryContaining("glob:**/report.json")
                .isDirectoryContaining("glob:**/report.md").isDirectoryContaining("glob:**/devflow.sarif")
                .isDirectoryContaining("glob:**/devflow-junit.xml")
                .isDirectoryNotContaining("glob:**/gl-code-quality-report.json");
        assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();

        Path summary = dir.resolve("step-summary.md");
        ModuleReports.write(check(), dir.resolve("github"), "1.0",
                Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), out);
        assertThat(console.toString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("::error ");
        assertThat(summary).content().startsWith("## devflow check of shop: FAILED");

        ModuleReports.write(check(), dir.resolve("gitlab"), "1.0", Map.of("GITLAB_CI", "true"), out);
        assertThat(dir.resolve("gitlab/gl-code-quality-report.json")).isRegularFile();
    }

    /** Coverage under its minimum has no finding of its own: it is placed on the module's pom. */
    @Test
    void aCoverageLimitMissedIsAnErrorOnTheModulesPomInSarifAndAnnotations() throws Exception {
        GateResult coverage = GateResult.measured("coverage", "line coverage 0.50; 1 rule limit missed",
                List.of(new Measurement("LINE COVEREDRATIO of bundle shop", "0.50", "3 of 6 covered",
                        Threshold.minimum(new BigDecimal("0.85")), false,
                        "line coverage 0.50 is below 0.85: cover 3 more lines to reach 0.85.")), List.of(), Map.of());
        ModuleCheck check = new ModuleCheck("shop", "services/shop", List.of(new GateRun(coverage, 10)));

        JsonNode sarif = JSON.readTree(SarifReport.render(check, "0.1.0"));
        assertThat(validate("/schemas/sarif-schema-2.1.0.json", SpecVersion.VersionFlag.V4, sarif)).isEmpty();
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(result.get("ruleId").asText()).isEqualTo("coverage.threshold-missed");
        assertThat(result.get("level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText())
                .isEqualTo("line coverage 0.50 is below 0.85: cover 3 more lines to reach 0.85.");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("services/shop/pom.xml");
        assertThat(CiAnnotations.github(check)).containsExactly("::error file=services/shop/pom.xml,"
                + "title=coverage.threshold-missed::line coverage 0.50 is below 0.85: cover 3 more lines to reach 0.85.");

        // a passing gate, and a failed one that shows its own errors, get nothing more
        assertThat(ModuleCheck.placedFindings(check().gates().get(2).result())).isEmpty();
        assertThat(ModuleCheck.placedFindings(check().gates().get(3).result())).extracting(Finding::ruleId)
                .containsExactly("lint.UnusedPrivateField");
    }
}
