package dev.devflow.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A gate's last outcome, kept under a key made of everything that outcome depends on (inputs'
 * content, classpath, settings, tool version): an unchanged module is not analysed again. The
 * outcome is stored as records of text fields, one tab-separated line each, so the file is cheap
 * to read and easy to inspect; each gate says how its outcome maps onto records. Only one entry
 * per gate is kept: writing removes the entries of earlier keys.
 */
public final class ResultCache {

    private static final String SUFFIX = ".cache";

    private final Path directory;
    private final String prefix;
    private final Path file;

    /**
     * @param directory where the gate's cache lives ({@code target/devflow/cache})
     * @param gate      names the gate's entries, so gates sharing the directory keep their own
     * @param key       everything the outcome depends on
     */
    public ResultCache(Path directory, String gate, Fingerprint key) {
        this.directory = directory;
        this.prefix = gate + "-";
        this.file = directory.resolve(prefix + key.hex() + SUFFIX);
    }

    /** The records stored under this key, or empty when there are none (or they are not readable). */
    public Optional<List<List<String>>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<List<String>> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                records.add(Arrays.stream(line.split("\t", -1)).map(ResultCache::unescape).toList());
            }
            return Optional.of(records);
        } catch (IOException e) {
            return Optional.empty(); // a cache that cannot be read only costs an analysis
        }
    }

    /** Stores the records under this key and drops the gate's entries for other keys. */
    public void write(List<List<String>> records) {
        Path entry = claim();
        try {
            StringBuilder text = new StringBuilder();
            for (List<String> fields : records) {
                text.append(String.join("\t", fields.stream().map(ResultCache::escape).toList())).append('\n');
            }
            // written aside and renamed: a build killed while writing leaves no half entry to be trusted
            Path part = Files.createTempFile(directory, prefix, ".part");
            Files.writeString(part, text, StandardCharsets.UTF_8);
            try {
                Files.move(part, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(part, entry, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The entry's file, for a tool that writes its own cache there (PMD's incremental cache);
     * the gate's entries for other keys are removed, as {@link #write} does.
     */
    public Path claim() {
        try {
            Files.createDirectories(directory);
            removeStaleEntries();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void removeStaleEntries() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path stale : entries.filter(this::isOtherEntry).toList()) {
                Files.deleteIfExists(stale);
            }
        }
    }

    private boolean isOtherEntry(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(prefix) && name.endsWith(SUFFIX) && !path.equals(file);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
