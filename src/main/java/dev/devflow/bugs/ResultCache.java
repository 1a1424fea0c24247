package dev.devflow.bugs;

import dev.devflow.gate.Fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last analysis of a module, kept under a key made of the class files' content, the
 * classpath and the settings: an unchanged module is not analysed again. One line per bug or
 * problem, tab-separated, so the file is cheap to read and easy to inspect.
 */
final class ResultCache {

    private static final String PREFIX = "spotbugs-";
    private static final String SUFFIX = ".cache";

    private final Path file;

    ResultCache(StaticAnalysisSettings settings) {
        Fingerprint key = new Fingerprint().add("spotbugs 4.10.4; cache format 2").add(settings.effort())
                .add(settings.threshold()).add(Integer.toString(settings.maxRank()))
                .add(String.valueOf(settings.findSecBugsJar() != null)).addByContent(settings.classesDirectory());
        settings.auxClasspath().forEach(key::addByMetadata);
        if (settings.includeFilter() != null) {
            key.addByContent(settings.includeFilter());
        }
        if (settings.excludeFilter() != null) {
            key.addByContent(settings.excludeFilter());
        }
        this.file = settings.cacheDirectory().resolve(PREFIX + key.hex() + SUFFIX);
    }

    Optional<SpotBugsRun.Outcome> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<Bug> bugs = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "bug" -> bugs.add(new Bug(f[1], f[2], Integer.parseInt(f[3]), Integer.parseInt(f[4]), f[5], f[6],
                        Integer.parseInt(f[7]), unescape(f[8])));
                case "error" -> errors.add(unescape(f[1]));
                case "missing" -> missing.add(unescape(f[1]));
                default -> {
                    return Optional.empty(); // not ours: analyse again
                }
            }
        }
        return Optional.of(new SpotBugsRun.Outcome(bugs, errors, missing));
    }

    void write(SpotBugsRun.Outcome outcome) throws IOException {
        Files.createDirectories(file.getParent());
        try (Stream<Path> old = Files.list(file.getParent())) {
            for (Path stale : old.filter(p -> p.getFileName().toString().startsWith(PREFIX)).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        StringBuilder text = new StringBuilder();
        for (Bug b : outcome.bugs()) {
            text.append(String.join("\t", "bug", b.type(), b.category(), Integer.toString(b.rank()),
                    Integer.toString(b.priority()), b.className(), b.sourcePath(), Integer.toString(b.line()),
                    escape(b.message()))).append('\n');
        }
        outcome.errors().forEach(e -> text.append("error\t").append(escape(e)).append('\n'));
        outcome.missingClasses().forEach(m -> text.append("missing\t").append(escape(m)).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
