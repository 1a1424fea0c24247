package dev.devflow.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ResultCacheTest {

    @TempDir
    Path directory;

    @Test
    void givesBackTheRecordsStoredUnderTheSameKeyFieldForField() {
        List<List<String>> records = List.of(List.of("bug", "tab\\there", "two\\nlines", "back\\\\slash", ""),
                List.of("crlf\\r\\n", "plain"));
        records = records.stream().map(r -> r.stream().map(ResultCacheTest::unescapeTestText).toList()).toList();

        new ResultCache(directory, "lint", new Fingerprint().add("inputs")).write(records);

        assertThat(new ResultCache(directory, "lint", new Fingerprint().add("inputs")).read()).contains(records);
        assertThat(new ResultCache(directory, "lint", new Fingerprint().add("other inputs")).read()).isEmpty();
    }

    @Test
    void keepsOneEntryPerGateAndLeavesOtherGatesEntriesAlone() throws Exception {
        new ResultCache(directory, "lint", new Fingerprint().add("first")).write(List.of(List.of("a")));
        new ResultCache(directory, "spotbugs", new Fingerprint().add("first")).write(List.of(List.of("b")));
        new ResultCache(directory, "lint", new Fingerprint().add("second")).write(List.of(List.of("c")));

        assertThat(names()).hasSize(2).anyMatch(n -> n.startsWith("lint-")).anyMatch(n -> n.startsWith("spotbugs-"));
        assertThat(new ResultCache(directory, "lint", new Fingerprint().add("first")).read()).isEmpty();
        assertThat(new ResultCache(directory, "lint", new Fingerprint().add("second")).read())
                .contains(List.of(List.of("c")));
    }

    @Test
    void claimingAnEntryForAToolsOwnCacheRemovesTheStaleOnes() throws Exception {
        Path old = new ResultCache(directory, "pmd", new Fingerprint().add("first")).claim();
        Files.writeString(old, "binary cache");
        Path current = new ResultCache(directory, "pmd", new Fingerprint().add("second")).claim();

        assertThat(current).isNotEqualTo(old).hasParentRaw(directory);
        assertThat(old).doesNotExist();
    }

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Lets the records above spell control characters visibly. */
    private static String unescapeTestText(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
    }
}
