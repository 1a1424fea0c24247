package dev.devflow.release;

import dev.devflow.release.pom.PomEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * One file the release changes: its bytes before and after, and what changed in words. Written
 * to a temporary file beside it and moved into place, so the file is never half written.
 *
 * @param file    the file
 * @param before  its bytes now
 * @param after   its bytes after the edit; only the edited texts differ
 * @param changes one sentence per edit, for the plan
 */
public record FileEdit(Path file, byte[] before, byte[] after, List<String> changes) {

    public FileEdit {
        changes = List.copyOf(changes);
    }

    static FileEdit of(PomEdit pom) {
        return new FileEdit(pom.file(), pom.before(), pom.after(), pom.changes().stream()
                .map(c -> "line " + c.line() + ": " + c.element() + " " + c.before() + " -> " + c.after()).toList());
    }

    public boolean changed() {
        return !Arrays.equals(before, after);
    }

    void write() throws ReleaseFailure {
        Path temporary = file.resolveSibling("." + file.getFileName() + ".devflow-release");
        try {
            Files.write(temporary, after);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the write failed already; that is the failure to report
            }
            throw new ReleaseFailure(ReleaseStep.EDIT, file + " cannot be written: " + e.getMessage(),
                    "check that the file and its folder are writable.", e);
        }
    }
}
