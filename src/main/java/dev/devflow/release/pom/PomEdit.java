package dev.devflow.release.pom;

import java.nio.file.Path;
import java.util.List;

/**
 * A pom before and after a version change. {@code after} is {@code before} with only the listed
 * texts replaced, so writing it keeps every other byte; when nothing changed the two are equal
 * and the file need not be written at all.
 */
public record PomEdit(Path file, byte[] before, byte[] after, List<PomChange> changes) {

    public PomEdit {
        changes = List.copyOf(changes);
    }

    public boolean changed() {
        return !changes.isEmpty();
    }
}
