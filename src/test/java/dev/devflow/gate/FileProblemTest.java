package dev.devflow.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FileProblemTest {

    @TempDir
    Path dir;

    @Test
    void namesTheFileAndTheProblemNotTheException() {
        Path missing = dir.resolve("missing.json");
        IOException thrown = catchThrowableOfType(IOException.class, () -> Files.readString(missing));

        assertThat(FileProblem.describe(thrown)).isEqualTo("no such file: " + missing);
        assertThat(FileProblem.describe(new UncheckedIOException(thrown))).isEqualTo("no such file: " + missing);
        assertThat(FileProblem.describe(new AccessDeniedException("/etc/shadow"))).isEqualTo("permission denied: /etc/shadow");
        assertThat(FileProblem.describe(new IOException("disk full"))).isEqualTo("disk full");
        assertThat(FileProblem.describe(new IOException())).isEqualTo("a file could not be read or written");
    }

    @Test
    void anExceptionThatNamesNoFileGivesTheSystemsReasonAlone() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("report.json"));
        IOException thrown = catchThrowableOfType(IOException.class, () -> Files.readString(folder));

        assertThat(FileProblem.describe(thrown)).isEqualTo(thrown.getMessage()).isNotBlank().doesNotContain("Exception");
    }

    @Test
    void aToolsMessageLosesItsJavaExceptionNames() {
        assertThat(FileProblem.plain("Invalid class resource A.class in c:A.class: java.nio.file.NoSuchFileException: c/A.class"))
                .isEqualTo("Invalid class resource A.class in c:A.class: no such file: c/A.class");
        assertThat(FileProblem.plain("cannot read: java.io.IOException: Stream closed; java.nio.file.AccessDeniedException: x"))
                .isEqualTo("cannot read: Stream closed; permission denied: x");
        assertThat(FileProblem.plain("missing class a.b.C")).isEqualTo("missing class a.b.C");
    }
}
