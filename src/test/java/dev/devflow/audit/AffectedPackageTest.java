package dev.devflow.audit;

import dev.devflow.audit.AffectedPackage.Event;
import dev.devflow.audit.AffectedPackage.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.devflow.audit.Records.MAVEN_ORDER;
import static org.assertj.core.api.Assertions.assertThat;

/** OSV's range evaluation on ranges built here: unsorted, several pairs, "0", last_affected, lists. */
class AffectedPackageTest {

    private static Event introduced(String version) {
        return new Event(Kind.INTRODUCED, version);
    }

    private static Event fixed(String version) {
        return new Event(Kind.FIXED, version);
    }

    private static Event lastAffected(String version) {
        return new Event(Kind.LAST_AFFECTED, version);
    }

    private static AffectedPackage range(Event... events) {
        return new AffectedPackage("g:a", List.of(List.of(events)), List.of());
    }

    @Test
    void eventsWrittenOutOfOrderAreWalkedInVersionOrder() {
        AffectedPackage pairs = range(fixed("2.12.2"), introduced("2.4"), fixed("2.3.1"), introduced("0"));

        assertThat(pairs.affects("1.0", MAVEN_ORDER)).isTrue();
        assertThat(pairs.affects("2.3.1", MAVEN_ORDER)).isFalse();
        assertThat(pairs.affects("2.3.9", MAVEN_ORDER)).isFalse();
        assertThat(pairs.affects("2.4", MAVEN_ORDER)).isTrue();
        assertThat(pairs.affects("2.12.1", MAVEN_ORDER)).isTrue();
        assertThat(pairs.affects("2.12.2", MAVEN_ORDER)).isFalse();
        assertThat(pairs.fixFor("1.0", MAVEN_ORDER)).contains("2.3.1");
        assertThat(pairs.fixFor("2.5", MAVEN_ORDER)).contains("2.12.2");
    }

    @Test
    void lastAffectedIncludesItsVersionAndAPairAfterItStillCounts() {
        AffectedPackage range = range(introduced("1.0"), lastAffected("1.4"), introduced("2.0"), fixed("2.1"));

        assertThat(range.affects("0.9", MAVEN_ORDER)).isFalse();
        assertThat(range.affects("1.4", MAVEN_ORDER)).isTrue();
        assertThat(range.affects("1.4.1", MAVEN_ORDER)).isFalse();
        assertThat(range.affects("2.0.5", MAVEN_ORDER)).isTrue();
        assertThat(range.fixFor("1.2", MAVEN_ORDER)).as("the next fixed version outside every range").contains("2.1");
        assertThat(range(introduced("1.0"), lastAffected("1.4")).fixFor("1.2", MAVEN_ORDER)).isEmpty();
        assertThat(range.fixFor("2.0.5", MAVEN_ORDER)).contains("2.1");
    }

    @Test
    void mavensOrderNotTheTextsDecides() {
        AffectedPackage range = range(introduced("1.9"), fixed("1.10.0"));

        assertThat(range.affects("1.9.1", MAVEN_ORDER)).isTrue();
        assertThat(range.affects("1.10", MAVEN_ORDER)).as("1.10 equals 1.10.0 in Maven's order").isFalse();
        assertThat(range.affects("1.10.0-RC1", MAVEN_ORDER)).as("a release candidate comes before the release").isTrue();
    }

    @Test
    void aListedVersionIsAffectedOnlyAsWritten() {
        AffectedPackage listed = new AffectedPackage("g:a", List.of(), List.of("6.3.2.1"));

        assertThat(listed.affects("6.3.2.1", MAVEN_ORDER)).isTrue();
        assertThat(listed.affects("6.3.2.2", MAVEN_ORDER)).isFalse();
        assertThat(listed.fixFor("6.3.2.1", MAVEN_ORDER)).isEmpty();
    }

    @Test
    void aFixThatFallsInsideAnotherRangeIsNotOffered() {
        AffectedPackage overlapping = new AffectedPackage("g:a", List.of(List.of(introduced("0"), fixed("2.3.1")),
                List.of(introduced("2.0"), fixed("2.5"))), List.of());

        assertThat(overlapping.affects("2.3.1", MAVEN_ORDER)).isTrue();
        assertThat(overlapping.fixFor("1.0", MAVEN_ORDER)).contains("2.5");
    }
}
