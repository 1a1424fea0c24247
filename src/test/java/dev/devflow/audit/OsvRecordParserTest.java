package dev.devflow.audit;

import org.junit.jupiter.api.Test;

import static dev.devflow.audit.Records.MAVEN_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsvRecordParserTest {

    @Test
    void log4ShellAffectsItsThreeRangesInMavensOrderWithTheFixOfEach() throws Exception {
        Advisory log4shell = Records.advisory(Records.LOG4SHELL);
        String core = "org.apache.logging.log4j:log4j-core";

        assertThat(log4shell.ids()).containsExactly("GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228");
        assertThat(log4shell.rating().shown()).isEqualTo("CRITICAL 10.0");
        assertThat(log4shell.affects(core, "2.14.1", MAVEN_ORDER)).isTrue();
        assertThat(log4shell.fixFor(core, "2.14.1", MAVEN_ORDER)).contains("2.15.0");
        assertThat(log4shell.fixFor(core, "2.12.1", MAVEN_ORDER)).contains("2.12.2");
        assertThat(log4shell.fixFor(core, "2.0-beta9", MAVEN_ORDER)).contains("2.3.1");
        assertThat(log4shell.affects(core, "2.0-beta8", MAVEN_ORDER)).isFalse();
        assertThat(log4shell.affects(core, "2.3.1", MAVEN_ORDER)).isFalse();
        assertThat(log4shell.affects(core, "2.12.2", MAVEN_ORDER)).isFalse();
        assertThat(log4shell.affects(core, "2.15.0", MAVEN_ORDER)).isFalse();
        assertThat(log4shell.affects("org.apache.logging.log4j:log4j-api", "2.14.1", MAVEN_ORDER)).isFalse();
    }

    @Test
    void anExplicitVersionListAndALastAffectedEventAreHonoured() throws Exception {
        Advisory log4shell = Records.advisory(Records.LOG4SHELL);
        Advisory text4shell = Records.advisory(Records.TEXT4SHELL);

        assertThat(log4shell.affects("org.xbib.elasticsearch:log4j", "6.3.2.1", MAVEN_ORDER)).isTrue();
        assertThat(log4shell.affects("org.xbib.elasticsearch:log4j", "6.3.2.2", MAVEN_ORDER)).isFalse();
        assertThat(log4shell.fixFor("org.xbib.elasticsearch:log4j", "6.3.2.1", MAVEN_ORDER)).isEmpty();
        String guiced = "com.guicedee.services:commons-text";
        assertThat(text4shell.affects(guiced, "1.2.2.1-jre17", MAVEN_ORDER)).isTrue();
        assertThat(text4shell.affects(guiced, "1.2.2.2-jre17", MAVEN_ORDER)).isFalse();
        assertThat(text4shell.fixFor(guiced, "1.2.2.1-jre17", MAVEN_ORDER)).isEmpty();
    }

    @Test
    void jacksonsTwoEntriesEachGiveTheirOwnFix() throws Exception {
        Advisory jackson = Records.advisory(Records.JACKSON);
        String databind = "com.fasterxml.jackson.core:jackson-databind";

        assertThat(jackson.fixFor(databind, "2.9.10.8", MAVEN_ORDER)).contains("2.12.6.1");
        assertThat(jackson.fixFor(databind, "2.12.6", MAVEN_ORDER)).contains("2.12.6.1");
        assertThat(jackson.fixFor(databind, "2.13.2", MAVEN_ORDER)).contains("2.13.2.1");
        assertThat(jackson.affects(databind, "2.12.6.1", MAVEN_ORDER)).isFalse();
        assertThat(jackson.affects(databind, "2.13.2.1", MAVEN_ORDER)).isFalse();
        assertThat(jackson.rating().shown()).isEqualTo("HIGH 7.5");
    }

    @Test
    void aWithdrawnAdvisoryAffectsNothing() throws Exception {
        Advisory withdrawn = Records.advisory(Records.TOMCAT_WITHDRAWN);

        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.affects("org.apache.tomcat:tomcat", "9.0.30", MAVEN_ORDER)).isFalse();
    }

    @Test
    void theRatingComesFromCvss40OverCvss31ElseFromTheReviewedLabel() throws Exception {
        Advisory commonsIo = Records.advisory(Records.COMMONS_IO);

        assertThat(commonsIo.rating().basis()).startsWith("CVSS:4.0/");
        assertThat(commonsIo.rating().shown()).isEqualTo("HIGH 8.7");
        assertThat(Records.advisory(Records.GUAVA_MODERATE).rating().shown()).isEqualTo("MEDIUM 5.5");
        assertThat(Records.advisory(Records.GUAVA_LOW).rating().shown()).isEqualTo("LOW 3.3");
        assertThat(Rating.of(java.util.List.of(), "MODERATE").shown()).isEqualTo("MEDIUM");
        assertThat(Rating.of(java.util.List.of("CVSS:3.1/garbage"), "LOW").shown()).isEqualTo("LOW");
        assertThat(Rating.of(java.util.List.of(), null)).satisfies(r -> {
            assertThat(r.severity()).isEqualTo(VulnerabilitySeverity.HIGH);
            assertThat(r.basis()).isEqualTo(Rating.NOT_RATED);
        });
    }

    @Test
    void aRecordThatIsNotJsonOrOfAnotherSchemaIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> OsvRecordParser.parse(new RawAdvisory("all.zip!GHSA-x.json", "{\"id\": ")))
                .hasMessageStartingWith("the advisory all.zip!GHSA-x.json is not valid JSON: ")
                .hasMessageContaining("Fix: refresh the OSV database");
        assertThatThrownBy(() -> OsvRecordParser.parse(new RawAdvisory("all.zip!GHSA-y.json",
                "{\"schema_version\": \"2.0.0\", \"id\": \"GHSA-y\"}")))
                .hasMessageStartingWith("the advisory all.zip!GHSA-y.json is written in OSV schema 2.0.0; devflow"
                        + " reads schema 1.x.");
    }
}
