package dev.devflow.baseline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceLinesTest {

    @TempDir
    Path root;

    @Test
    void givesALineAndNothingForAFileOrLineThatIsNotThere() throws Exception {
        Files.writeString(root.resolve("A.java"), "class A {\n  int x;\n}\n");
        SourceLines lines = new SourceLines(root);

        assertThat(lines.line("A.java", 2)).isEqualTo("  int x;");
        assertThat(lines.line("A.java", 9)).isEmpty();
        assertThat(lines.line("Gone.java", 1)).isEmpty();
    }

    @Test
    void aSourceThatExistsButCannotBeReadFailsRatherThanChangingFingerprintsUnseen() throws Exception {
        Files.createDirectory(root.resolve("B.java"));

        assertThatThrownBy(() -> new SourceLines(root).line("B.java", 1)).isInstanceOf(UncheckedIOException.class);
    }
}
