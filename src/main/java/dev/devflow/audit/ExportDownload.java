package dev.devflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One refresh of the copy from the server: a conditional request when there is a copy, and a
 * changed export saved beside the copy, read back whole, and only then renamed over it. A
 * download cut short or damaged therefore never touches the last good copy.
 */
final class ExportDownload {

    /** A partial file not written to for this long was left by a build that died. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final URI exportUrl;
    private final Path directory;
    private final HttpSettings http;
    private final Clock clock;

    ExportDownload(URI exportUrl, Path directory, HttpSettings http, Clock clock) {
        this.exportUrl = exportUrl;
        this.directory = directory;
        this.http = http;
        this.clock = clock;
    }

    /**
     * Asks for the export, conditionally when there is a copy, and saves it when it changed.
     *
     * @param previous the copy there is, or null
     * @return the copy now in place, recorded: the new one, or the previous one confirmed current
     * @throws IOException when a downloaded copy was saved but its record could not be written
     */
    ExportCopy fetch(ExportCopy previous) throws RefreshFailed, IOException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        }
        removeAbandonedParts();
        HttpRequest.Builder request = HttpRequest.newBuilder(exportUrl).timeout(http.timeout()).GET();
        if (previous != null) {
            previous.etag().ifPresent(etag -> request.header("If-None-Match", etag));
            previous.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        }
        HttpResponse<InputStream> response = send(http.client(), request.build());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            if (status == 304 && previous != null && previous.hasValidators()) {
                return confirm(previous);
            }
            if (status != 200) {
                throw RefreshFailed.network(HttpSettings.status(status));
            }
            return replace(response, body);
        }
    }

    private ExportCopy confirm(ExportCopy previous) throws RefreshFailed {
        ExportCopy confirmed = previous.confirmedAt(clock.instant());
        try {
            confirmed.write(directory);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        }
        return confirmed;
    }

    /** Saves the body beside the copy, reads it back whole, and only then renames it over the copy. */
    private ExportCopy replace(HttpResponse<InputStream> response, InputStream body) throws RefreshFailed,
            IOException {
        Path zip = directory.resolve(ExportCopy.ZIP);
        Path part;
        try {
            part = Files.createTempFile(directory, ExportCopy.ZIP + ".", ExportCopy.PART);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        }
        try {
            long received = save(body, part);
            long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (expected >= 0 && received != expected) {
                throw RefreshFailed.network("the download was cut short after " + received + " of " + expected
                        + " bytes");
            }
            validate(part);
            ExportCopy.move(part, zip);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        } finally {
            ExportCopy.deleteQuietly(part);
        }
        ExportCopy fresh = ExportCopy.of(zip, exportUrl, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), clock.instant());
        try {
            fresh.write(directory);
        } catch (IOException e) {
            throw new IOException("the OSV database was saved as " + zip + ", but "
                    + directory.resolve(ExportCopy.RECORD) + " could not be written (" + e.getMessage()
                    + "). Fix: make " + directory + " writable.", e);
        }
        return fresh;
    }

    private HttpResponse<InputStream> send(HttpClient client, HttpRequest request) throws RefreshFailed {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw RefreshFailed.network(http.reason(exportUrl, e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RefreshFailed.interrupted();
        }
    }

    /** Copies the body to {@code part}; network failures are the server's, write failures the disk's. */
    private long save(InputStream body, Path part) throws RefreshFailed, IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (StallGuard guard = new StallGuard(body, http.timeout()); OutputStream out = Files.newOutputStream(part)) {
            while (true) {
                int read;
                try {
                    read = body.read(buffer);
                } catch (IOException e) {
                    throw RefreshFailed.network(guard.stalled()
                            ? "no data for " + HttpSettings.shown(http.timeout()) + " after " + total + " bytes"
                            : "the download broke off after " + total + " bytes: " + http.reason(exportUrl, e));
                }
                if (read < 0) {
                    return total;
                }
                out.write(buffer, 0, read);
                guard.progress(read);
                total += read;
            }
        }
    }

    /**
     * Reads every entry, checking it against its CRC: a zip cut short has no central directory, and
     * a damaged one fails to inflate or to match. An export without a single advisory is refused
     * too: a mirror serving an empty zip would otherwise pass every dependency as safe.
     */
    private static void validate(Path part) throws RefreshFailed {
        int advisories = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(part.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                CRC32 crc = new CRC32();
                java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        crc.update(buffer, 0, read);
                        text.write(buffer, 0, read);
                    }
                } catch (IOException e) {
                    throw RefreshFailed.network("the download is damaged: " + entry.getName() + " cannot be read ("
                            + e.getMessage() + ")");
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    throw RefreshFailed.network("the download is damaged: " + entry.getName()
                            + " does not match its checksum");
                }
                if (ExportSnapshot.isAdvisory(entry)) {
                    advisories += readable(entry, text.toString(java.nio.charset.StandardCharsets.UTF_8)) ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw RefreshFailed.network("the download is not a readable zip file (" + e.getMessage() + ")");
        }
        if (advisories == 0) {
            throw RefreshFailed.network("the download holds no advisory for a Maven package: is it OSV's Maven"
                    + " export?");
        }
    }

    /**
     * Whether the record reads as an OSV advisory for a Maven package. A record that is not JSON,
     * or of another schema, refuses the whole download, so the good copy stays: kept, it would
     * fail every build whose dependencies it names until the next refresh.
     */
    private static boolean readable(ZipEntry entry, String json) throws RefreshFailed {
        try {
            return !OsvRecordParser.parse(new RawAdvisory(entry.getName(), json)).affected().isEmpty();
        } catch (dev.devflow.gate.GateInputException e) {
            throw RefreshFailed.network("the download is damaged: " + e.problem());
        }
    }

    /** Removes the partial files of builds that were killed mid-download; a live download writes to its file. */
    private void removeAbandonedParts() {
        // File times are wall-clock times, so they are compared with the system clock, not the injected one.
        Instant limit = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "all.*" + ExportCopy.PART)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(limit)) {
                    ExportCopy.deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            // Only costs disk space.
        }
    }
}
