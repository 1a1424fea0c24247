package dev.devflow.audit;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AuditGateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static Dependency direct(String group, String artifact, String version, int line) {
        return new Dependency(group, artifact, version, "compile", List.of("app", artifact + " " + version),
                Location.ofLine("pom.xml", line));
    }

    private static AuditSettings settings(List<Dependency> dependencies, VulnerabilitySeverity failOn,
                                          Suppressions suppressions) {
        return new AuditSettings(dependencies, failOn, suppressions, TODAY, Records.MAVEN_ORDER, "test records",
                List.of());
    }

    @Test
    void aDirectVulnerableDependencyFailsAtItsPomLineWithTheFixAndTheIds() throws Exception {
        GateResult result = new AuditGate(settings(List.of(direct("org.apache.commons", "commons-text", "1.9", 23)),
                VulnerabilitySeverity.HIGH, Suppressions.none()), Records.all()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.headline()).isEqualTo("1 dependency, 1 vulnerability: 1 critical");
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).isEqualTo(Location.ofLine("pom.xml", 23));
            assertThat(f.message()).isEqualTo("org.apache.commons:commons-text 1.9 has GHSA-599f-7c49-w659 /"
                    + " CVE-2022-42889 (CRITICAL 9.8): Arbitrary code execution in Apache Commons Text. Upgrade to"
                    + " 1.10.0. Brought in by app -> commons-text 1.9.");
        });
        assertThat(result.measurements()).singleElement().satisfies(m -> {
            assertThat(m.name()).isEqualTo("vulnerabilities at or above HIGH");
            assertThat(m.value()).isEqualTo("1");
        });
    }

    @Test
    void aFixedVersionPassesAndAHighBelowFailOnCriticalOnlyWarns() throws Exception {
        GateResult fixed = new AuditGate(settings(List.of(direct("org.apache.commons", "commons-text", "1.10.0", 23)),
                VulnerabilitySeverity.HIGH, Suppressions.none()), Records.all()).evaluate();
        GateResult high = new AuditGate(settings(List.of(direct("com.fasterxml.jackson.core", "jackson-databind",
                "2.12.6", 30)), VulnerabilitySeverity.CRITICAL, Suppressions.none()), Records.all()).evaluate();

        assertThat(fixed.status()).isEqualTo(GateStatus.PASSED);
        assertThat(fixed.headline()).isEqualTo("1 dependency, no known vulnerability");
        assertThat(high.status()).isEqualTo(GateStatus.WARNED);
        assertThat(high.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("(HIGH 7.5)").contains("Upgrade to 2.12.6.1.");
        });
    }

    @Test
    void anAcceptedVulnerabilityIsANoteAnExpiredOneFailsAtItsLineAndAnUnusedOneIsReported() throws Exception {
        Suppressions suppressions = new Suppressions(".devflow/audit-suppressions.json", List.of(
                new Suppression("CVE-2022-42889", "org.apache.commons:commons-text", "no user input reaches it",
                        LocalDate.of(2027, 3, 31), 3),
                new Suppression(Records.LOG4SHELL, null, "upgrade planned", LocalDate.of(2026, 12, 3), 9),
                new Suppression("GHSA-none", null, "old", LocalDate.of(2027, 1, 1), 15)));
        List<Dependency> dependencies = List.of(direct("org.apache.commons", "commons-text", "1.9", 23),
                direct("org.apache.logging.log4j", "log4j-core", "2.14.1", 28));

        GateResult result = new AuditGate(settings(dependencies, VulnerabilitySeverity.HIGH, suppressions),
                Records.all()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.location())
                .containsExactlyInAnyOrder(
                        "NOTE audit.vulnerable pom.xml:23",
                        "ERROR audit.vulnerable pom.xml:28",
                        "ERROR audit.suppression-expired .devflow/audit-suppressions.json:9",
                        "WARNING audit.suppression-unused .devflow/audit-suppressions.json:15");
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("audit.suppression-expired")).singleElement()
                .extracting(Finding::message).isEqualTo("the suppression of GHSA-jfh8-c2jp-5v3q expired on 2026-12-03"
                        + " (upgrade planned): upgrade the dependency, or review the reason and set a new date.");
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.NOTE).singleElement()
                .extracting(Finding::message).asString().endsWith("Accepted until 2027-03-31: no user input reaches it.");
    }

    /**
     * Parity with the advisory files read by hand: for each of these dependencies, the advisories
     * whose ranges (README of the resources) hold its version, and no other.
     */
    @Test
    void theDependencyAdvisoryPairsAreThoseTheAdvisoryFilesSayByHand() throws Exception {
        List<Dependency> project = List.of(
                direct("org.apache.logging.log4j", "log4j-core", "2.14.1", 10),      // [2.13.0, 2.15.0)
                direct("org.apache.logging.log4j", "log4j-core", "2.12.2", 11),      // fixed in its own line
                direct("org.apache.commons", "commons-text", "1.9", 12),            // [1.5, 1.10.0)
                direct("org.apache.commons", "commons-text", "1.4", 13),            // below 1.5
                direct("com.fasterxml.jackson.core", "jackson-databind", "2.13.1", 14), // [2.13.0, 2.13.2.1)
                direct("commons-io", "commons-io", "2.11.0", 15),                   // [2.0, 2.14.0)
                direct("commons-io", "commons-io", "2.14.0", 16),                   // fixed
                direct("com.google.guava", "guava", "31.1-jre", 17),                // both: below 32.0.0-android
                direct("com.google.guava", "guava", "32.1.3-jre", 18),              // above both fixes
                direct("org.apache.tomcat", "tomcat", "9.0.30", 19));               // only a withdrawn advisory

        GateResult result = new AuditGate(settings(project, VulnerabilitySeverity.HIGH, Suppressions.none()),
                Records.all()).evaluate();

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> vulnerable = (List<Map<String, Object>>) result.details().get("vulnerable");
        Set<String> pairs = vulnerable.stream().map(v -> v.get("dependency") + ":" + v.get("version") + " "
                + ((List<?>) v.get("ids")).get(0)).collect(Collectors.toSet());
        assertThat(pairs).containsExactlyInAnyOrder(
                "org.apache.logging.log4j:log4j-core:2.14.1 GHSA-jfh8-c2jp-5v3q",
                "org.apache.commons:commons-text:1.9 GHSA-599f-7c49-w659",
                "com.fasterxml.jackson.core:jackson-databind:2.13.1 GHSA-57j2-w4cx-62h2",
                "commons-io:commons-io:2.11.0 GHSA-78wr-2p64-hpwj",
                "com.google.guava:guava:31.1-jre GHSA-7g45-4rm6-3mm3",
                "com.google.guava:guava:31.1-jre GHSA-5mg8-w23w-74h3");
        assertThat(result.headline()).isEqualTo("10 dependencies, 6 vulnerabilities: 2 critical, 2 high, 1 medium,"
                + " 1 low");
        assertThat(result.findings()).filteredOn(f -> f.severity() == Severity.ERROR).hasSize(4);
    }

    @Test
    void theSameVulnerabilityUnderTwoRecordsCountsOnce() throws Exception {
        RawAdvisory copy = new RawAdvisory("CVE copy", Records.raw(Records.TEXT4SHELL).json()
                .replace("\"id\": \"GHSA-599f-7c49-w659\"", "\"id\": \"CVE-2022-42889\""));
        List<Advisory> both = List.of(Records.advisory(Records.TEXT4SHELL), OsvRecordParser.parse(copy));

        GateResult result = new AuditGate(settings(List.of(direct("org.apache.commons", "commons-text", "1.9", 23)),
                VulnerabilitySeverity.HIGH, Suppressions.none()), both).evaluate();

        assertThat(result.findings()).hasSize(1);
    }

    @Test
    void aDatabaseWarningIsShown() {
        AuditSettings settings = new AuditSettings(List.of(), VulnerabilitySeverity.HIGH, null, TODAY,
                Records.MAVEN_ORDER, "export", List.of("the OSV database could not be refreshed; using the copy of"
                + " 2026-12-01T00:00:00Z"));

        GateResult result = new AuditGate(settings, List.of()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.WARNED);
        assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("audit.database");
    }

    @Test
    void aVulnerabilityRecordedInTheBaselineIsKnownButACriticalOneStillFails() throws Exception {
        List<Dependency> dependencies = List.of(direct("org.apache.commons", "commons-text", "1.9", 23),
                direct("com.fasterxml.jackson.core", "jackson-databind", "2.12.6", 30));
        List<dev.devflow.baseline.BaselineEntry> recorded = List.of(
                new dev.devflow.baseline.BaselineEntry(AuditGate.fingerprint("org.apache.commons:commons-text",
                        Records.TEXT4SHELL),
                        "audit.vulnerable", "pom.xml"),
                new dev.devflow.baseline.BaselineEntry(AuditGate.fingerprint("com.fasterxml.jackson.core:jackson-databind",
                        Records.JACKSON), "audit.vulnerable", "pom.xml"),
                new dev.devflow.baseline.BaselineEntry(AuditGate.fingerprint("commons-io:commons-io", Records.COMMONS_IO),
                        "audit.vulnerable", "pom.xml"));
        AuditSettings settings = new AuditSettings(dependencies, VulnerabilitySeverity.HIGH, null, TODAY,
                Records.MAVEN_ORDER, "test records", List.of(), java.util.Optional.of(recorded));

        GateResult result = new AuditGate(settings, Records.all()).evaluate();

        assertThat(result.status()).isEqualTo(GateStatus.FAILED);
        assertThat(result.findings()).extracting(f -> f.severity() + " " + f.isKnown())
                .containsExactlyInAnyOrder("ERROR false", "NOTE true");
        assertThat(result.findingsOf(Severity.ERROR)).singleElement().extracting(Finding::message).asString()
                .endsWith("Recorded in the baseline, but a CRITICAL vulnerability always fails.");
        assertThat(result.measurements()).extracting(m -> m.name() + " " + m.value())
                .containsExactly("vulnerabilities at or above HIGH 1", "known (baseline) 1");
        assertThat(result.measurements().get(1).detail()).isEqualTo("1 recorded no longer found: refresh the"
                + " baseline with mvn devflow:baseline");
    }
}
