package dev.devflow.audit;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

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
 * The copy on disk is {@link ExportCopy}, a refresh is {@link ExportDownload}; this class decides
 * which copy to use and what to warn about.
 */
public final class OsvExport {

    /** How many hours a kept copy is used before a conditional request refreshes it. */
    public static final String DEFAULT_MAX_AGE_HOURS = "24";

    /** The OSV Maven export's public address (a zip of every advisory). */
    public static final String DEFAULT_URL = "https://osv-vulnerabilities.storage.googleapis.com/Maven/all.zip";

    /**
     * How long a failed refresh stands for the other modules of the build (and later builds in a
     * Maven daemon): with a 30 s timeout, forty modules each trying again would add twenty minutes.
     */
    public static final Duration FAILURE_MEMORY = Duration.ofMinutes(10);

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
    public ExportSnapshot open() throws AdvisoriesUnavailable, IOException {
        Refresh refresh = REFRESHES.computeIfAbsent(directory.toAbsolutePath().normalize(), d -> new Refresh());
        refresh.lock.lock();
        try {
            return open(refresh);
        } finally {
            refresh.lock.unlock();
        }
    }

    private ExportSnapshot open(Refresh refresh) throws AdvisoriesUnavailable, IOException {
        Optional<ExportCopy> copy = ExportCopy.read(directory, exportUrl);
        Instant now = clock.instant();
        if (offline) {
            ExportCopy cached = copy.orElseThrow(this::offlineWithoutCopy);
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
                return new ExportDownload(exportUrl, directory, http, clock).fetch(copy.orElse(null))
                        .snapshot(List.of());
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
        String other = ExportCopy.recordedUrl(directory).map(url -> " (the copy there is of " + url + ")").orElse("");
        return new AdvisoriesUnavailable(exportUrl, "Maven runs offline and there is no copy of the OSV database"
                + " from " + exportUrl + " in " + directory + other + ".", "run the build once online to download it,"
                + " or set devflow.audit.source=api to query the OSV API instead (online), or set"
                + " devflow.audit.failOnUnavailable=false to only warn.");
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
}
