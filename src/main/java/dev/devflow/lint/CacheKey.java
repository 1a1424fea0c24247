package dev.devflow.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the class directories on the aux classpath (other modules'
 * {@code target/classes}). PMD's own cache hashes jars only, so without this a change in a
 * sibling module would leave stale results; the fingerprint names the cache file instead.
 */
final class CacheKey {

    private CacheKey() {
    }

    static String of(List<Path> auxClasspath, String settings) {
        MessageDigest digest = sha256();
        digest.update(settings.getBytes(StandardCharsets.UTF_8));
        for (Path entry : auxClasspath) {
            if (Files.isDirectory(entry)) {
                fingerprintDirectory(digest, entry);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void fingerprintDirectory(MessageDigest digest, Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(directory.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(Files.size(file)).getBytes(StandardCharsets.UTF_8));
                digest.update(Long.toString(Files.getLastModifiedTime(file).toMillis()).getBytes(StandardCharsets.UTF_8));
            }
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
