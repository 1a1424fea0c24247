package dev.devflow.release;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file the release edits, as it was before: its bytes, or nothing when the release creates it.
 *
 * @param path     relative to the work tree, with {@code /}
 * @param original the bytes before the release; {@code null} when the file did not exist
 */
public record OriginalFile(String path, byte[] original) {

    public Optional<byte[]> bytes() {
        return Optional.ofNullable(original).map(byte[]::clone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OriginalFile that && path.equals(that.path) && Arrays.equals(original, that.original);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + Arrays.hashCode(original);
    }

    @Override
    public String toString() {
        return path + (original == null ? " (new)" : " (" + original.length + " bytes)");
    }
}
