package dev.devflow.audit;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The cached zip and what {@code all.properties} records about it. The record is trusted only
 * while it describes the zip beside it (its size and modification time): two JVMs refreshing at
 * once can leave one's record beside the other's zip, and that zip is then used without the
 * validators, dated by its file time.
 */
record ExportCopy(Path zip, URI url, String etagValue, String lastModifiedValue, Instant fetchedAt, long size,
                  long modified) {

    static final String ZIP = "all.zip";
    static final String RECORD = "all.properties";
    /** Ends the name of a file still being written; it is renamed over the real one when whole. */
    static final String PART = ".part";

    static Optional<ExportCopy> read(Path directory, URI url) {
        Path zip = directory.resolve(ZIP);
        try {
            Properties record = load(directory);
            if (!url.toString().equals(record.getProperty("url")) || !Files.isRegularFile(zip)) {
                return Optional.empty(); // a copy of another export, or none
            }
            BasicFileAttributes file = Files.readAttributes(zip, BasicFileAttributes.class);
            long size = file.size();
            long modified = file.lastModifiedTime().toMillis();
            String fetchedAt = record.getProperty("fetchedAt");
            if (fetchedAt != null && Long.toString(size).equals(record.getProperty("zipSize"))
                    && Long.toString(modified).equals(record.getProperty("zipModified"))) {
                return Optional.of(new ExportCopy(zip, url, record.getProperty("etag"),
                        record.getProperty("lastModified"), Instant.parse(fetchedAt), size, modified));
            }
            return Optional.of(new ExportCopy(zip, url, null, null, Instant.ofEpochMilli(modified), size, modified));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty(); // an unreadable record costs a download, nothing more
        }
    }

    static Optional<String> recordedUrl(Path directory) {
        try {
            return Optional.ofNullable(load(directory).getProperty("url"));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Properties load(Path directory) throws IOException {
        Properties record = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve(RECORD), StandardCharsets.UTF_8)) {
            record.load(in);
        }
        return record;
    }

    static ExportCopy of(Path zip, URI url, String etag, String lastModified, Instant fetchedAt) throws IOException {
        BasicFileAttributes file = Files.readAttributes(zip, BasicFileAttributes.class);
        return new ExportCopy(zip, url, etag, lastModified, fetchedAt, file.size(),
                file.lastModifiedTime().toMillis());
    }

    Optional<String> etag() {
        return Optional.ofNullable(etagValue);
    }

    Optional<String> lastModified() {
        return Optional.ofNullable(lastModifiedValue);
    }

    boolean hasValidators() {
        return etagValue != null || lastModifiedValue != null;
    }

    /** A copy dated in the future (a clock set back) counts as old: checking costs one small request. */
    boolean isFresh(Instant now, Duration maxAge) {
        Duration age = Duration.between(fetchedAt, now);
        return !age.isNegative() && age.compareTo(maxAge) < 0;
    }

    ExportCopy confirmedAt(Instant now) {
        return new ExportCopy(zip, url, etagValue, lastModifiedValue, now, size, modified);
    }

    ExportSnapshot snapshot(List<String> warnings) {
        return new ExportSnapshot(zip, fetchedAt, size + "-" + modified, warnings);
    }

    /** Writes the record beside the zip, by rename, so a reader never sees half of it. */
    void write(Path directory) throws IOException {
        Properties record = new Properties();
        record.setProperty("url", url.toString());
        etag().ifPresent(etag -> record.setProperty("etag", etag));
        lastModified().ifPresent(date -> record.setProperty("lastModified", date));
        record.setProperty("fetchedAt", fetchedAt.toString());
        record.setProperty("zipSize", Long.toString(size));
        record.setProperty("zipModified", Long.toString(modified));
        Path part = Files.createTempFile(directory, RECORD + ".", PART);
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                record.store(out, "The OSV database in " + ZIP + ", as devflow downloaded it");
            }
            move(part, directory.resolve(RECORD));
        } finally {
            deleteQuietly(part);
        }
    }

    /** Renames a finished part file over the real one, so a reader sees either the old file or the new. */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for ExportDownload.removeAbandonedParts of a later build.
        }
    }
}
