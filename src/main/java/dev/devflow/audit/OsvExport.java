package dev.devflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The local copy of OSV's Maven export: one zip with a JSON file per advisory, as published at
 * {@link #DEFAULT_URL}. The copy lives in a cache folder shared by all builds of the user
 * ({@code all.zip}, with {@code all.properties} recording where and when it was fetched); it is
 * refreshed with a conditional request once it is older than the maximum age, and used as it is
 * when Maven runs offline.
 *
 * <p>A download replaces the copy only once it has been read back whole, so a download cut short
 * or a corrupt file never costs the last good copy: the audit carries on with that copy and says
 * so in a warning. Builds running at the same time, in one JVM or several, each see either the
 * old zip or the new one, never half of one: a download goes to a file of its own and is renamed
 * over the old one. Within one JVM the modules of a parallel build share one download per cache
 * folder, and a failed one is not tried again by every module (see {@link #FAILURE_MEMORY}).
 */
public final class OsvExport {

    /** The OSV Maven export's public address (a zip of every advisory). */
    public static final String DEFAULT_URL = "https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip";

    /**
     * How long a failed refresh stands for the other modules of the build (and later builds in a
     * Maven daemon): with a 30 s timeout, forty modules each trying again would add twenty minutes.
     */
    public static final Duration FAILURE_MEMORY = Duration.ofMinutes(10);

    static final String ZIP = "all.zip";
    static final String RECORD = "all.properties";
    static final String PART = ".part";

    /** A partial file not written to for this long was left by a build that died. */
    private static final Duration ABANDONED = Duration.ofHours(1);
    private static final String FIX_NETWORK = "connect to the network once, point devflow.audit.exportUrl at a"
            + " mirror, or set devflow.audit.failOnUnavailable=false to only warn.";

    private static final ConcurrentMap<Path, Refresh> REFRESHES = new ConcurrentHashMap<>();

    private final URI exportUrl;
    private final Path directory;
    private final Duration maxAge;
    private final boolean offline;
    private final HttpSettings http;
    private final Clock clock;

    /**
     * @param exportUrl      the zip to download: {@link #DEFAULT_URL} or a mirror of it
     * @param cacheDirectory the folder that keeps the copy, shared by all builds of the user
     * @param maxAge         how old the copy may be before it is checked for a newer one
     * @param offline        Maven runs offline: use the copy whatever its age, never download
     * @param http           the proxy and timeout
     * @param clock          tells the copy's age
     */
    public OsvExport(URI exportUrl, Path cacheDirectory, Duration maxAge, boolean offline, HttpSettings http,
                     Clock clock) {
        this.exportUrl = exportUrl;
        this.directory = cacheDirectory;
        this.maxAge = maxAge;
        this.offline = offline;
        this.http = http;
        this.clock = clock;
    }

    /**
     * The copy to read, refreshed first when it is older than the maximum age.
     *
     * @throws AdvisoriesUnavailable when there is no copy and none can be downloaded
     * @throws IOException           when a downloaded copy was saved but its record could not be written
     */
    public Snapshot open() throws AdvisoriesUnavailable, IOException {
        Refresh refresh = REFRESHES.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> new Refresh());
        refresh.lock.lock();
        try {
            return open(refresh);
        } finally {
            refresh.lock.unlock();
        }
    }

    private Snapshot open(Refresh refresh) throws AdvisoriesUnavailable, IOException {
        Optional<Copy> copy = Copy.read(directory, exportUrl);
        Instant now = clock.instant();
        if (offline) {
            Copy cached = copy.orElseThrow(this::offlineWithoutCopy);
            return cached.snapshot(cached.isFresh(now, maxAge) ? List.of() : List.of("Maven runs offline, so the OSV"
                    + " database was not refreshed: using the copy of " + shown(cached.fetchedAt()) + " ("
                    + age(Duration.between(cached.fetchedAt(), now)) + " old)."));
        }
        if (copy.isPresent() && copy.get().isFresh(now, maxAge)) {
            return copy.get().snapshot(List.of());
        }
        Optional<RefreshFailed> failure = refresh.recentFailure(exportUrl, now);
        if (failure.isEmpty()) {
            try {
                return download(copy.orElse(null));
            } catch (RefreshFailed e) {
                if (!e.interrupted) {
                    refresh.remember(exportUrl, now, e);
                }
                failure = Optional.of(e);
            }
        }
        if (copy.isPresent()) {
            return copy.get().snapshot(List.of("the OSV database at " + exportUrl + " could not be refreshed ("
                    + failure.get().reason + "); using the copy of " + shown(copy.get().fetchedAt()) + "."));
        }
        throw new AdvisoriesUnavailable(exportUrl, "the OSV database could not be downloaded from " + exportUrl
                + " (" + failure.get().reason + "), and there is no copy in " + directory + ".", failure.get().fix);
    }

    private AdvisoriesUnavailable offlineWithoutCopy() {
        String other = Copy.recordedUrl(directory).map(url -> " (the copy there is of " + url + ")").orElse("");
        return new AdvisoriesUnavailable(exportUrl, "Maven runs offline and there is no copy of the OSV database"
                + " from " + exportUrl + " in " + directory + other + ".", "run the build once online to download it,"
                + " or set devflow.audit.source=api to query the OSV API instead (online), or set"
                + " devflow.audit.failOnUnavailable=false to only warn.");
    }

    /** Asks for the export, conditionally when there is a copy, and saves it when it changed. */
    private Snapshot download(Copy previous) throws RefreshFailed, IOException {
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
                throw new RefreshFailed(HttpSettings.status(status), FIX_NETWORK);
            }
            return replace(response, body);
        }
    }

    private Snapshot confirm(Copy previous) throws RefreshFailed {
        Copy confirmed = previous.confirmedAt(clock.instant());
        try {
            confirmed.write(directory);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        }
        return confirmed.snapshot(List.of());
    }

    /** Saves the body beside the copy, reads it back whole, and only then renames it over the copy. */
    private Snapshot replace(HttpResponse<InputStream> response, InputStream body) throws RefreshFailed, IOException {
        Path zip = directory.resolve(ZIP);
        Path part;
        try {
            part = Files.createTempFile(directory, ZIP + ".", PART);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        }
        try {
            long received = save(body, part);
            long expected = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (expected >= 0 && received != expected) {
                throw new RefreshFailed("the download was cut short after " + received + " of " + expected
                        + " bytes", FIX_NETWORK);
            }
            validate(part);
            move(part, zip);
        } catch (IOException e) {
            throw RefreshFailed.local(directory, e);
        } finally {
            deleteQuietly(part);
        }
        Copy fresh = Copy.of(zip, exportUrl, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null), clock.instant());
        try {
            fresh.write(directory);
        } catch (IOException e) {
            throw new IOException("the OSV database was saved as " + zip + ", but " + directory.resolve(RECORD)
                    + " could not be written (" + e.getMessage() + "). Fix: make " + directory + " writable.", e);
        }
        return fresh.snapshot(List.of());
    }

    private HttpResponse<InputStream> send(HttpClient client, HttpRequest request) throws RefreshFailed {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new RefreshFailed(http.reason(exportUrl, e), FIX_NETWORK);
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
                    throw new RefreshFailed(guard.stalled()
                            ? "no data for " + HttpSettings.shown(http.timeout()) + " after " + total + " bytes"
                            : "the download broke off after " + total + " bytes: " + http.reason(exportUrl, e),
                            FIX_NETWORK);
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
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        crc.update(buffer, 0, read);
                    }
                } catch (IOException e) {
                    throw new RefreshFailed("the download is damaged: " + entry.getName() + " cannot be read ("
                            + e.getMessage() + ")", FIX_NETWORK);
                }
                if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
                    throw new RefreshFailed("the download is damaged: " + entry.getName()
                            + " does not match its checksum", FIX_NETWORK);
                }
                advisories += isAdvisory(entry) ? 1 : 0;
            }
        } catch (IOException e) {
            throw new RefreshFailed("the download is not a readable zip file (" + e.getMessage() + ")", FIX_NETWORK);
        }
        if (advisories == 0) {
            throw new RefreshFailed("the download holds no advisories (no .json file)", FIX_NETWORK);
        }
    }

    private static boolean isAdvisory(ZipEntry entry) {
        return !entry.isDirectory() && entry.getName().endsWith(".json");
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left for removeAbandonedParts of a later build.
        }
    }

    /** Removes the partial files of builds that were killed mid-download; a live download writes to its file. */
    private void removeAbandonedParts() {
        // File times are wall-clock times, so they are compared with the system clock, not the injected one.
        Instant limit = Instant.now().minus(ABANDONED);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "all.*" + PART)) {
            for (Path part : parts) {
                if (Files.getLastModifiedTime(part).toInstant().isBefore(limit)) {
                    deleteQuietly(part);
                }
            }
        } catch (IOException e) {
            // Only costs disk space.
        }
    }

    private static String shown(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static String age(Duration age) {
        if (age.toDays() >= 1) {
            return age.toDays() + (age.toDays() == 1 ? " day" : " days");
        }
        return age.toHours() + (age.toHours() == 1 ? " hour" : " hours");
    }

    /**
     * One state of the copy, to read advisories from.
     *
     * @param zip       the cached export
     * @param fetchedAt when the copy was downloaded or last confirmed current by the server
     * @param state     changes whenever the copy's content changes (its size and modification time), not
     *                  when it is merely confirmed: fit for a result-cache key
     * @param warnings  what went wrong without stopping the audit, such as a refresh that failed
     */
    public record Snapshot(Path zip, Instant fetchedAt, String state, List<String> warnings) {

        public Snapshot {
            warnings = List.copyOf(warnings);
        }

        /**
         * The advisories whose text holds one of the names as a JSON string ({@code "commons-io:commons-io"}):
         * a quick pre-filter over the whole export, exact matching is left to the parser. Each is
         * read from the zip as text and named {@code <zip>!<entry>}.
         *
         * @throws IOException when the zip cannot be read, or a matching entry is not UTF-8 text
         */
        public List<RawAdvisory> advisoriesMentioning(Collection<String> packageNames) throws IOException {
            QuotedNames names = new QuotedNames(packageNames);
            Map<String, byte[]> matching = new LinkedHashMap<>();
            if (names.isEmpty()) {
                return List.of();
            }
            try (ZipFile file = new ZipFile(zip.toFile())) {
                for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                    ZipEntry entry = entries.nextElement();
                    if (isAdvisory(entry)) {
                        byte[] bytes;
                        try (InputStream in = file.getInputStream(entry)) {
                            bytes = in.readAllBytes();
                        }
                        if (names.quotedIn(bytes)) {
                            matching.put(zip + "!" + entry.getName(), bytes);
                        }
                    }
                }
            } catch (IOException e) {
                throw new IOException("the OSV database " + zip + " cannot be read (" + e.getMessage() + "). Fix:"
                        + " delete it, and it is downloaded again.", e);
            }
            List<RawAdvisory> found = new ArrayList<>();
            for (Map.Entry<String, byte[]> entry : matching.entrySet()) {
                found.add(new RawAdvisory(entry.getKey(), utf8(entry.getValue(), entry.getKey())));
            }
            return found;
        }

        private String utf8(byte[] bytes, String origin) throws IOException {
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new IOException("the advisory " + origin + " is not UTF-8 text. Fix: delete " + zip
                        + ", and it is downloaded again; if it stays, the export itself is damaged.", e);
            }
        }
    }

    /**
     * Finds the JSON strings equal to one of the names in the raw bytes of a record, in one pass
     * and without decoding it: the export holds thousands of records, most of them about other
     * packages. Works on UTF-8 because a quote or backslash byte never occurs inside a multi-byte
     * character; the names are kept as their UTF-8 bytes read as Latin-1, to compare with slices.
     */
    private static final class QuotedNames {

        private final Set<String> names = new HashSet<>();
        private final BitSet lengths = new BitSet();

        QuotedNames(Collection<String> packageNames) {
            for (String name : packageNames) {
                byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
                names.add(new String(bytes, StandardCharsets.ISO_8859_1));
                lengths.set(bytes.length);
            }
        }

        boolean isEmpty() {
            return names.isEmpty();
        }

        boolean quotedIn(byte[] text) {
            int i = 0;
            while (i < text.length) {
                if (text[i++] != '"') {
                    continue;
                }
                int start = i;
                while (i < text.length && text[i] != '"') {
                    i += text[i] == '\\' ? 2 : 1;
                }
                if (i < text.length && lengths.get(i - start)
                        && names.contains(new String(text, start, i - start, StandardCharsets.ISO_8859_1))) {
                    return true;
                }
                i++;
            }
            return false;
        }
    }

    /**
     * The cached zip and what {@code all.properties} records about it. The record is trusted only
     * while it describes the zip beside it (its size and modification time): two JVMs refreshing at
     * once can leave one's record beside the other's zip, and that zip is then used without the
     * validators, dated by its file time.
     */
    private record Copy(Path zip, URI url, String etagValue, String lastModifiedValue, Instant fetchedAt, long size,
                        long modified) {

        static Optional<Copy> read(Path directory, URI url) {
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
                    return Optional.of(new Copy(zip, url, record.getProperty("etag"),
                            record.getProperty("lastModified"), Instant.parse(fetchedAt), size, modified));
                }
                return Optional.of(new Copy(zip, url, null, null, Instant.ofEpochMilli(modified), size, modified));
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

        static Copy of(Path zip, URI url, String etag, String lastModified, Instant fetchedAt) throws IOException {
            BasicFileAttributes file = Files.readAttributes(zip, BasicFileAttributes.class);
            return new Copy(zip, url, etag, lastModified, fetchedAt, file.size(), file.lastModifiedTime().toMillis());
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

        Copy confirmedAt(Instant now) {
            return new Copy(zip, url, etagValue, lastModifiedValue, now, size, modified);
        }

        Snapshot snapshot(List<String> warnings) {
            return new Snapshot(zip, fetchedAt, size + "-" + modified, warnings);
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
    }

    /** Why the copy could not be refreshed, and what the user can do. */
    private static final class RefreshFailed extends Exception {

        private static final long serialVersionUID = 1L;

        final String reason;
        final String fix;
        /** The build was stopped: not the server's fault, so the next build tries again at once. */
        final boolean interrupted;

        RefreshFailed(String reason, String fix) {
            this(reason, fix, false);
        }

        private RefreshFailed(String reason, String fix, boolean interrupted) {
            super(reason, null, false, false);
            this.reason = reason;
            this.fix = fix;
            this.interrupted = interrupted;
        }

        static RefreshFailed interrupted() {
            return new RefreshFailed("the download was interrupted", FIX_NETWORK, true);
        }

        static RefreshFailed local(Path directory, IOException e) {
            return new RefreshFailed(directory + " cannot be written: " + e.getMessage(), "free disk space or make "
                    + directory + " writable, or set devflow.audit.failOnUnavailable=false to only warn.");
        }
    }

    /** The refresh of one cache folder in this JVM: one at a time, and the last failure, not to be repeated. */
    private static final class Refresh {

        final ReentrantLock lock = new ReentrantLock();
        private URI failedUrl;
        private Instant failedAt;
        private RefreshFailed failure;

        Optional<RefreshFailed> recentFailure(URI url, Instant now) {
            boolean recent = failure != null && url.equals(failedUrl) && !now.isBefore(failedAt)
                    && now.isBefore(failedAt.plus(FAILURE_MEMORY));
            return recent ? Optional.of(failure) : Optional.empty();
        }

        void remember(URI url, Instant now, RefreshFailed failed) {
            failedUrl = url;
            failedAt = now;
            failure = failed;
        }
    }

    /**
     * Closes a download's stream when no byte has arrived for the timeout, which ends the blocked
     * read: the HTTP client's own timeout stops at the response headers, and a connection that
     * stalls after them would hold the build forever.
     */
    private static final class StallGuard implements AutoCloseable {

        private final Timer timer = new Timer("devflow OSV download watchdog", true);
        private final AtomicLong received = new AtomicLong();
        private volatile boolean stalled;

        StallGuard(InputStream body, Duration timeout) {
            long period = Math.max(1, timeout.toMillis());
            timer.schedule(new TimerTask() {
                private long seen = -1;

                @Override
                public void run() {
                    long now = received.get();
                    if (now == seen) {
                        stalled = true;
                        cancel();
                        try {
                            body.close();
                        } catch (IOException e) {
                            // The reader fails either way.
                        }
                    }
                    seen = now;
                }
            }, period, period);
        }

        void progress(int bytes) {
            received.addAndGet(bytes);
        }

        boolean stalled() {
            return stalled;
        }

        @Override
        public void close() {
            timer.cancel();
        }
    }
}
