package dev.devflow.audit;

import dev.devflow.gate.Fingerprint;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.ResultCache;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the advisories that may concern the module's dependencies, from the source chosen: the
 * offline copy of OSV's Maven export (downloaded once, refreshed when old), or OSV's query API.
 */
public final class AdvisoryLookup {

    /** The default source: a kept copy, one download a day, and builds that work offline. */
    public static final String DEFAULT_SOURCE = "export";

    /** Where advisories come from. */
    public enum Source {
        /** OSV's Maven export, a zip kept under the user's home: one download a day, then no network. */
        EXPORT,
        /** OSV's query API: a few requests per build, nothing kept. */
        API;

        public static Source parse(String parameter, String text) throws GateInputException {
            for (Source source : values()) {
                if (source.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                    return source;
                }
            }
            throw GateInputException.ofParameter(parameter, "'" + text + "' is not a source of advisories.",
                    "write export (a downloaded copy of the OSV database) or api (OSV's query API).");
        }

        public String shown() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * How to reach the database.
     *
     * @param source         export or API
     * @param exportUrl      the export zip's address
     * @param apiUrl         the API's base address
     * @param cacheDirectory where the export is kept
     * @param maxAge         how old the kept export may be before it is refreshed
     * @param offline        Maven runs offline ({@code -o}): the kept export only
     * @param http           proxy and timeout
     * @param resultCache    where the module's matching records are kept between builds
     *                       ({@code target/devflow/cache}), or null for none
     */
    public record Settings(Source source, URI exportUrl, URI apiUrl, Path cacheDirectory, Duration maxAge,
                           boolean offline, HttpSettings http, Path resultCache) {
    }

    /**
     * The advisories read, and what they were read from.
     *
     * @param advisories the parsed records
     * @param database   for the table and the report ({@code OSV export https://… of 2026-12-04T07:00:00Z})
     * @param state      changes whenever the database does: part of a cache key
     * @param warnings   problems that did not stop the read (an old copy was used)
     */
    public record Found(List<Advisory> advisories, String database, String state, List<String> warnings) {
    }

    private final Settings settings;

    public AdvisoryLookup(Settings settings) {
        this.settings = settings;
    }

    public Found lookup(List<Dependency> dependencies) throws AdvisoriesUnavailable, IOException, GateInputException {
        List<RawAdvisory> raw;
        String database;
        String state;
        List<String> warnings = new ArrayList<>();
        if (settings.source() == Source.API) {
            if (settings.offline()) {
                throw new AdvisoriesUnavailable(settings.apiUrl(), "Maven runs offline, and the OSV API at "
                        + settings.apiUrl() + " cannot be asked offline.", "build online, or set"
                        + " devflow.audit.source=export to use a downloaded copy of the database.");
            }
            raw = new OsvApi(settings.apiUrl(), settings.http()).advisoriesFor(dependencies.stream()
                    .map(d -> new PackageVersion(d.packageName(), d.version())).distinct().toList());
            database = "OSV API " + settings.apiUrl();
            state = "api";
        } else {
            ExportSnapshot snapshot = new OsvExport(settings.exportUrl(), settings.cacheDirectory(),
                    settings.maxAge(), settings.offline(), settings.http(), Clock.systemUTC()).open();
            Set<String> names = new TreeSet<>();
            dependencies.forEach(d -> names.add(d.packageName()));
            raw = mentioning(snapshot, names);
            database = "OSV export " + settings.exportUrl() + " of " + snapshot.fetchedAt();
            state = snapshot.state();
            warnings.addAll(snapshot.warnings());
        }
        List<Advisory> advisories = new ArrayList<>(raw.size());
        for (RawAdvisory record : raw) {
            advisories.add(OsvRecordParser.parse(record));
        }
        return new Found(advisories, database, state, warnings);
    }

    /**
     * The export's records that name any of the packages. Scanning the whole export is most of
     * the audit's time, so the records found are kept under a key of the export's state and the
     * package names: an unchanged module on an unchanged database reads one small file.
     */
    private List<RawAdvisory> mentioning(ExportSnapshot snapshot, Set<String> names) throws IOException {
        if (settings.resultCache() == null) {
            return snapshot.advisoriesMentioning(names);
        }
        Fingerprint key = new Fingerprint().add(settings.exportUrl().toString()).add(snapshot.state());
        names.forEach(key::add);
        ResultCache cache = new ResultCache(settings.resultCache(), "audit", key);
        Optional<List<List<String>>> kept = cache.read();
        if (kept.isPresent() && kept.get().stream().allMatch(r -> r.size() == 2)) {
            return kept.get().stream().map(r -> new RawAdvisory(r.get(0), r.get(1))).toList();
        }
        List<RawAdvisory> found = snapshot.advisoriesMentioning(names);
        cache.write(found.stream().map(r -> List.of(r.origin(), r.json())).toList());
        return found;
    }
}
