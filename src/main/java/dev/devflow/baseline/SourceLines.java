package dev.devflow.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of source lines that findings point at, each file read once per run: a module with
 * two hundred findings in one class reads that class once. Make one per gate run and drop it
 * afterwards; it keeps every file it read.
 */
public final class SourceLines {

    private final Path root;
    private final Map<String, List<String>> files = new ConcurrentHashMap<>();

    /** @param root the folder that finding paths are relative to; absolute paths are used as they are */
    public SourceLines(Path root) {
        this.root = root;
    }

    /**
     * Line {@code number} (1-based) of {@code path}, without its line end; empty when the file or
     * the line does not exist. The line only sharpens a fingerprint, so a finding whose source is
     * gone still gets one, from rule, path and scope. A file that exists but cannot be read fails
     * ({@link UncheckedIOException}): read as empty, its findings' fingerprints would change
     * unseen and known findings would count as new.
     */
    public String line(String path, int number) {
        List<String> lines = files.computeIfAbsent(path, this::read);
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    private List<String> read(String path) {
        try {
            // Decoding replaces malformed bytes instead of failing: the text is only hashed.
            String text = new String(Files.readAllBytes(root.resolve(path)), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (NoSuchFileException | InvalidPathException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
