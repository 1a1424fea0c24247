package dev.devflow.bugs;

import dev.devflow.gate.Fingerprint;
import dev.devflow.gate.ResultCache;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SpotBugs' last outcome for the module, keyed by the class files' content, the classpath and
 * the settings: an unchanged module is not analysed again. Maps the outcome onto the shared
 * {@link ResultCache}'s records: one per bug, analysis error and missing class.
 */
final class AnalysisCache {

    private final ResultCache cache;

    AnalysisCache(StaticAnalysisSettings settings) {
        Fingerprint key = new Fingerprint().add("spotbugs 4.10.4; cache format 4").add(settings.effort())
                .add(settings.threshold()).add(Integer.toString(settings.maxRank()))
                .add(String.valueOf(settings.findSecBugsJar() != null)).addByContent(settings.classesDirectory());
        settings.auxClasspath().forEach(key::addByMetadata);
        if (settings.includeFilter() != null) {
            key.addByContent(settings.includeFilter());
        }
        if (settings.excludeFilter() != null) {
            key.addByContent(settings.excludeFilter());
        }
        this.cache = new ResultCache(settings.cacheDirectory(), "spotbugs", key);
    }

    Optional<SpotBugsRun.Outcome> read() {
        return cache.read().flatMap(AnalysisCache::outcome);
    }

    void write(SpotBugsRun.Outcome outcome) {
        List<List<String>> records = new ArrayList<>();
        for (Bug b : outcome.bugs()) {
            records.add(List.of("bug", b.type(), b.category(), Integer.toString(b.rank()), Integer.toString(b.priority()),
                    b.className(), b.sourcePath(), Integer.toString(b.line()), b.message(), b.method()));
        }
        outcome.errors().forEach(e -> records.add(List.of("error", e)));
        outcome.missingClasses().forEach(m -> records.add(List.of("missing", m)));
        cache.write(records);
    }

    private static Optional<SpotBugsRun.Outcome> outcome(List<List<String>> records) {
        List<Bug> bugs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (List<String> f : records) {
            switch (f.get(0)) {
                case "bug" -> bugs.add(new Bug(f.get(1), f.get(2), Integer.parseInt(f.get(3)), Integer.parseInt(f.get(4)),
                        f.get(5), f.get(6), Integer.parseInt(f.get(7)), f.get(8), f.get(9)));
                case "error" -> errors.add(f.get(1));
                case "missing" -> missing.add(f.get(1));
                default -> {
                    return Optional.empty(); // not ours: analyse again
                }
            }
        }
        return Optional.of(new SpotBugsRun.Outcome(bugs, errors, missing));
    }
}
