package dev.devflow.lint;

import dev.devflow.gate.Fingerprint;
import dev.devflow.gate.ResultCache;
import net.sourceforge.pmd.PMDVersion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PMD's last outcome for the module, keyed by the sources' content, the rule sets, the
 * classpath and the settings: an unchanged module is not analysed again. PMD's own incremental
 * cache still serves a run where only some files changed, but it reloads the rules and type
 * resolution every time, which costs seconds even when nothing changed; this cache costs only
 * reading the sources.
 */
final class LintCache {

    private final ResultCache cache;

    LintCache(LintSettings settings, List<Path> files) {
        Fingerprint key = new Fingerprint().add("pmd " + PMDVersion.VERSION + "; cache format 2")
                .add(System.getProperty("java.version")).add(settings.languageVersion())
                .add(settings.encoding().name()).add(settings.ruleSets().toString());
        settings.ruleSets().forEach(reference -> addRuleSet(key, reference));
        files.forEach(key::addByContent);
        files.forEach(file -> key.add(file.toString()));
        settings.auxClasspath().forEach(key::addByMetadata);
        this.cache = new ResultCache(settings.cacheDirectory(), "lint", key);
    }

    /** A rule set file by its content; the default set by the content devflow ships; PMD's own by its version. */
    private static void addRuleSet(Fingerprint key, String reference) {
        Path file = Path.of(reference);
        if (file.isAbsolute() && Files.isRegularFile(file)) {
            key.addByContent(file);
            return;
        }
        try (InputStream resource = LintCache.class.getClassLoader().getResourceAsStream(reference)) {
            if (resource != null) {
                key.add(new String(resource.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<PmdOutcome> read() {
        return cache.read().flatMap(LintCache::outcome);
    }

    void write(PmdOutcome outcome) {
        List<List<String>> records = new ArrayList<>();
        records.add(List.of("suppressed", Integer.toString(outcome.suppressed())));
        for (PmdOutcome.Violation v : outcome.violations()) {
            records.add(List.of("violation", v.rule(), Integer.toString(v.priority()), v.message(), v.file().toString(),
                    Integer.toString(v.line()), Integer.toString(v.column()), v.scope()));
        }
        outcome.unanalysed().forEach(u -> records.add(List.of("unanalysed", u.file().toString(), u.reason())));
        cache.write(records);
    }

    private static Optional<PmdOutcome> outcome(List<List<String>> records) {
        List<PmdOutcome.Violation> violations = new ArrayList<>();
        List<PmdOutcome.Unanalysed> unanalysed = new ArrayList<>();
        int suppressed = 0;
        for (List<String> f : records) {
            switch (f.get(0)) {
                case "suppressed" -> suppressed = Integer.parseInt(f.get(1));
                case "violation" -> violations.add(new PmdOutcome.Violation(f.get(1), Integer.parseInt(f.get(2)), f.get(3),
                        Path.of(f.get(4)), Integer.parseInt(f.get(5)), Integer.parseInt(f.get(6)), f.get(7)));
                case "unanalysed" -> unanalysed.add(new PmdOutcome.Unanalysed(Path.of(f.get(1)), f.get(2)));
                default -> {
                    return Optional.empty(); // not ours: analyse again
                }
            }
        }
        return Optional.of(new PmdOutcome(violations, suppressed, unanalysed));
    }
}
