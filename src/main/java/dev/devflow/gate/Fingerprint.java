package dev.devflow.gate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A short fingerprint of inputs, to key a gate's cache: settings, files and folders, read by
 * content or, where that would cost too much, by name, size and time.
 */
public final class Fingerprint {

    private final MessageDigest digest = sha256();

    public Fingerprint add(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Every file under a folder (or the file itself), by name, size and modification time. */
    public Fingerprint addByMetadata(Path path) {
        for (Path file : files(path)) {
            try {
                add(path.relativize(file).toString()).add(Long.toString(Files.size(file)))
                        .add(Long.toString(Files.getLastModifiedTime(file).toMillis()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Every file under a folder (or the file itself), by name and content. */
    public Fingerprint addByContent(Path path) {
        for (Path file : files(path)) {
            try {
                add(path.relativize(file).toString());
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** The first 16 hex digits of the SHA-256 over everything added, in order. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static java.util.List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return java.util.List.of(path);
        }
        if (!Files.isDirectory(path)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
