package dev.devflow.version;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SemVerTest {

    @Test
    void readsTheGrammarOfSemverOrg() {
        assertThat(SemVer.parse("1.2.3")).contains(SemVer.of(1, 2, 3));
        assertThat(SemVer.parse("2.0.0-rc.1+build.5").map(SemVer::toString)).contains("2.0.0-rc.1+build.5");
        assertThat(Stream.of("4.5", "7.1.0.0", "1.2.0rc2", "v1.2.3", "01.2.3", "1.2.3-", "1.2.3-01", "", "x"))
                .allSatisfy(text -> assertThat(SemVer.parse(text)).as(text).isEmpty());
    }

    @Test
    void ordersByPrecedenceComparingLabelsInAscii() {
        List<String> ordered = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
                "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0");
        List<String> shuffled = new java.util.ArrayList<>(ordered);
        java.util.Collections.reverse(shuffled);
        assertThat(shuffled.stream().map(v -> SemVer.parse(v).orElseThrow()).sorted().map(SemVer::toString))
                .containsExactlyElementsOf(ordered);
        assertThat(SemVer.parse("4.0.0-RC1").orElseThrow()).isLessThan(SemVer.parse("4.0.0-beta5").orElseThrow());
        assertThat(SemVer.parse("1.0.0+a").orElseThrow().compareTo(SemVer.parse("1.0.0+b").orElseThrow())).isZero();
    }

    @Test
    void knowsSnapshots() {
        SemVer snapshot = SemVer.parse("1.4.0-SNAPSHOT").orElseThrow();
        assertThat(snapshot.isSnapshot()).isTrue();
        assertThat(snapshot.withoutSnapshot()).isEqualTo(SemVer.of(1, 4, 0));
        assertThat(SemVer.of(1, 3, 0).nextMinor().asSnapshot()).hasToString("1.4.0-SNAPSHOT");
        assertThat(snapshot).isLessThan(SemVer.of(1, 4, 0));
    }
}
