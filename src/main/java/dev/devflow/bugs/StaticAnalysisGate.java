package dev.devflow.bugs;

import dev.devflow.baseline.BaselineEntry;
import dev.devflow.baseline.FindingsBaseline;
import dev.devflow.baseline.ScopedFinding;
import dev.devflow.gate.FileProblem;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.SourceRoots;
import dev.devflow.gate.Threshold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The static-analysis gate: SpotBugs (with FindSecBugs) over the module's bytecode, failing on
 * any bug at the threshold as spotbugs:check does, and on any security finding whatever its
 * priority.
 */
public final class StaticAnalysisGate implements Gate {

    public static final String NAME = "static-analysis";
    private static final int SHOWN_PROBLEMS = 10;

    private final StaticAnalysisSettings settings;
    private final FindingsBaseline baseline;

    public StaticAnalysisGate(StaticAnalysisSettings settings) {
        this(settings, Optional.empty());
    }

    /** With the module's recorded findings: known ones are reported and pass, except security findings. */
    public StaticAnalysisGate(StaticAnalysisSettings settings, Optional<List<BaselineEntry>> recorded) {
        this.settings = settings;
        this.baseline = new FindingsBaseline(settings.projectRoot(), recorded);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        int threshold = SpotBugsRun.threshold(settings.threshold());
        SpotBugsRun.effort(settings.effort());
        if (!containsFiles(settings.classesDirectory(), ".class")) {
            return withoutClasses();
        }
        SpotBugsRun.Outcome outcome = analyse();
        List<Bug> reported = outcome.bugs().stream()
                .filter(b -> b.priority() <= threshold || settings.failOnSecurity() && b.isSecurity())
                .sorted(Comparator.comparingInt(Bug::rank).thenComparing(Bug::sourcePath).thenComparingInt(Bug::line))
                .toList();
        SourceRoots sources = new SourceRoots(settings.projectRoot(), settings.sourceRoots());
        List<Finding> plain = reported.stream().map(bug -> new Finding("static-analysis." + bug.type(), Severity.ERROR,
                bug.type() + " (" + bug.category() + ", rank " + bug.rank() + ")  " + bug.message() + suppressionHint(bug),
                location(bug, sources))).toList();
        // security findings fail whether the baseline knows them or not
        Set<String> securityRules = reported.stream().filter(Bug::isSecurity).map(b -> "static-analysis." + b.type())
                .collect(Collectors.toSet());
        FindingsBaseline.Sorting sorting = baseline.sort(IntStream.range(0, reported.size())
                .mapToObj(i -> new ScopedFinding(plain.get(i), reported.get(i).scope())).toList(),
                finding -> securityRules.contains(finding.ruleId()));
        List<Finding> findings = new ArrayList<>();
        List<Bug> failing = new ArrayList<>();
        for (int i = 0; i < reported.size(); i++) {
            findings.add(sorting.reported(i, plain.get(i)));
            if (!sorting.isKnown(i)) {
                failing.add(reported.get(i));
            }
        }
        findings.addAll(incomplete(outcome));
        List<Measurement> measurements = measurements(failing, sorting.applied());
        sorting.measurement().ifPresent(measurements::add);
        return GateResult.measured(NAME, headline(failing, outcome), measurements, findings,
                details(reported, outcome));
    }

    private SpotBugsRun.Outcome analyse() throws GateInputException {
        AnalysisCache cache = settings.cacheDirectory() == null ? null : new AnalysisCache(settings);
        Optional<SpotBugsRun.Outcome> cached = cache == null ? Optional.empty() : cache.read();
        if (cached.isPresent()) {
            return cached.get();
        }
        SpotBugsRun.Outcome outcome = new SpotBugsRun(settings).analyse();
        if (cache != null) {
            cache.write(outcome);
        }
        return outcome;
    }

    /** No classes: not applicable without sources; with sources, the goal ran before compile. */
    private GateResult withoutClasses() {
        boolean sources = settings.sourceRoots().stream().anyMatch(root -> containsFiles(root, ".java"));
        if (!sources) {
            return GateResult.notApplicable(NAME, "no classes and no sources, nothing to analyse");
        }
        Finding finding = new Finding("static-analysis.not-compiled", Severity.ERROR, "the module has sources but no"
                + " compiled classes in " + settings.classesDirectory() + ": the goal ran before compile. Bind it to"
                + " verify (its default phase) or run 'mvn verify'.", null);
        return GateResult.measured(NAME, "no classes to analyse", List.of(), List.of(finding), Map.of());
    }

    private static String suppressionHint(Bug bug) {
        return bug.isSecurity() ? " — if accepted, suppress it where it stands: @SuppressFBWarnings(value = \""
                + bug.type() + "\", justification = \"…\")" : "";
    }

    private static Location location(Bug bug, SourceRoots sources) {
        String sourcePath = bug.sourcePath() == null ? "" : bug.sourcePath();
        int slash = sourcePath.lastIndexOf('/');
        String path = sources.pathOf(slash < 0 ? "" : sourcePath.substring(0, slash), sourcePath.substring(slash + 1));
        return bug.line() > 0 ? Location.ofLine(path, bug.line()) : Location.ofFile(path);
    }

    private List<Finding> incomplete(SpotBugsRun.Outcome outcome) {
        List<String> problems = new ArrayList<>();
        outcome.errors().forEach(e -> problems.add("analysis error: " + FileProblem.plain(e)));
        outcome.missingClasses().forEach(c -> problems.add("missing class " + c + " (not on the compile classpath)"));
        if (problems.isEmpty()) {
            return List.of();
        }
        Severity severity = settings.failOnIncomplete() ? Severity.ERROR : Severity.WARNING;
        String listed = String.join("; ", problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size())))
                + (problems.size() > SHOWN_PROBLEMS ? "; and " + (problems.size() - SHOWN_PROBLEMS) + " more" : "");
        return List.of(new Finding("static-analysis.incomplete", severity, "the analysis is incomplete ("
                + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "): " + listed
                + ". Rebuild from clean (mvn clean verify); class files newer than SpotBugs 4.10.4 reads need an"
                + " older --release." + (settings.failOnIncomplete()
                ? " Set -Ddevflow.static-analysis.failOnIncomplete=false to only warn." : ""), null));
    }

    private List<Measurement> measurements(List<Bug> reported, boolean baselineApplied) {
        long security = reported.stream().filter(Bug::isSecurity).count();
        List<Measurement> measurements = new ArrayList<>();
        Map<String, Long> byCategory = new TreeMap<>();
        reported.forEach(b -> byCategory.merge(b.category(), 1L, Long::sum));
        byCategory.forEach((category, count) -> measurements.add(Measurement.reported(category, count.toString(), "")));
        measurements.add(new Measurement("bugs at threshold " + settings.threshold()
                + (baselineApplied ? ", not in the baseline" : ""), Integer.toString(reported.size()),
                security + " of them security", Threshold.maximum(BigDecimal.ZERO), reported.isEmpty(),
                reported.size() + (reported.size() == 1 ? " bug" : " bugs") + " reported, expected none: fix "
                        + (reported.size() == 1 ? "it" : "them") + ", or suppress a deliberate one where it stands"
                        + " (@SuppressFBWarnings with a justification, or an exclude filter)."));
        return measurements;
    }

    private static String headline(List<Bug> reported, SpotBugsRun.Outcome outcome) {
        long security = reported.stream().filter(Bug::isSecurity).count();
        String text = reported.size() + (reported.size() == 1 ? " bug" : " bugs")
                + (security > 0 ? " (" + security + " security)" : "");
        return outcome.errors().isEmpty() && outcome.missingClasses().isEmpty() ? text : text + "; analysis incomplete";
    }

    private static Map<String, Object> details(List<Bug> reported, SpotBugsRun.Outcome outcome) {
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byRank = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (Bug bug : reported) {
            byCategory.merge(bug.category(), 1, Integer::sum);
            byRank.merge(Integer.toString(bug.rank()), 1, Integer::sum);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bugsByCategory", byCategory);
        details.put("bugsByRank", byRank);
        details.put("complete", outcome.errors().isEmpty() && outcome.missingClasses().isEmpty());
        details.put("analysisErrors", outcome.errors());
        details.put("missingClasses", outcome.missingClasses());
        // when SpotBugs ran (absent when the result cache answered): shows analyses side by side
        if (outcome.started() != null) {
            Map<String, Object> analysis = new LinkedHashMap<>();
            analysis.put("started", outcome.started().toString());
            analysis.put("ended", outcome.ended().toString());
            details.put("analysis", analysis);
        }
        return details;
    }

    private static boolean containsFiles(Path directory, String suffix) {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(f -> f.toString().endsWith(suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
