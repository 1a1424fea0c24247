package dev.devflow.coverage;

import dev.devflow.baseline.CoverageBaseline;
import dev.devflow.baseline.CoverageCounter;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.SourceRoots;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.data.ExecutionDataStore;
import org.jacoco.report.JavaNames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The coverage gate: JaCoCo execution data against the classes, analysed with jacoco-core,
 * held against jacoco:check-style rules. Counts exactly as jacoco's report does.
 */
public final class CoverageGate implements Gate {

    public static final String NAME = "coverage";
    /** How many classes with missed lines the failure message names. */
    static final int SHOWN_CLASSES = 10;

    private static final JavaNames NAMES = new JavaNames();

    private final CoverageSettings settings;
    private final CoverageBaseline baseline;
    private final NewCodeCoverage newCode;

    public CoverageGate(CoverageSettings settings) {
        this(settings, null, null);
    }

    /** With the module's recorded coverage, which line and branch coverage must not fall below; null for none. */
    public CoverageGate(CoverageSettings settings, CoverageBaseline baseline) {
        this(settings, baseline, null);
    }

    /** With the ratchet (or null) and the new-code rule (or null when no base ref is set). */
    public CoverageGate(CoverageSettings settings, CoverageBaseline baseline, NewCodeCoverage newCode) {
        this.settings = settings;
        this.baseline = baseline;
        this.newCode = newCode;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        if (!ClassesAnalysis.hasClassFiles(settings.classesDirectories())) {
            return GateResult.notApplicable(NAME, "no compiled classes in " + String.join(", ", directories())
                    + ", nothing to cover");
        }
        if (settings.execFiles().isEmpty()) {
            return missingData();
        }
        ExecutionDataStore data = ExecutionDataFiles.load(settings.execFiles());
        AnalysedBundle analysed = new ClassesAnalysis(settings).analyse(data);
        RuleCheck rules = RuleCheck.run(analysed.bundle(), settings.rules());
        List<Finding> problems = inputProblems(analysed);
        for (CoverageLayer layer : settings.layers()) {
            if (Files.isRegularFile(layer.execFile())) {
                rules.include(layer(layer));
            } else {
                problems.add(missingLayer(layer));
            }
        }

        List<Measurement> measurements = new ArrayList<>(counters(analysed.bundle()));
        measurements.add(excluded(analysed));
        measurements.addAll(rules.measurements());
        List<Measurement> ratchet = baseline == null ? List.of() : baseline.measure(counts(analysed.bundle()));
        measurements.addAll(ratchet);
        NewCodeCoverage.Result fresh = newCode == null ? null
                : newCode.judge(analysed.bundle(), settings.sourceRoots(), settings.projectRoot());
        if (fresh != null) {
            measurements.add(fresh.measurement());
        }
        List<Finding> findings = new ArrayList<>(rules.findings());
        if (fresh != null) {
            findings.addAll(fresh.findings());
        }
        findings.addAll(problems);
        List<Finding> offenders = offenders(analysed.bundle());
        findings.addAll(offenders.stream().limit(SHOWN_CLASSES).toList());
        boolean fell = ratchet.stream().anyMatch(m -> !m.met());
        return GateResult.measured(NAME, headline(analysed.bundle(), rules.measurements(), problems.size())
                        + (fell ? "; coverage fell below the baseline" : "")
                        + (fresh != null && !fresh.measurement().met() ? "; new code below "
                        + newCode.minimum().toPlainString() : ""),
                measurements, findings, details(analysed, offenders));
    }

    private GateResult missingData() {
        Severity severity = settings.failOnMissingData() ? Severity.ERROR : Severity.WARNING;
        String message = "classes exist but no JaCoCo execution data (*.exec) was found for them, so coverage"
                + " cannot be measured. Likely causes: neither devflow:coverage-agent nor jacoco:prepare-agent"
                + " runs in this module; the surefire/failsafe <argLine> replaces the agent (write it as"
                + " '@{argLine} …'); or the tests were skipped (-DskipTests)."
                + (settings.failOnMissingData() ? " Set -Ddevflow.coverage.failOnMissingData=false to only warn." : "");
        Finding finding = new Finding("coverage.missing-data", severity, message, null);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("classesDirectories", directories());
        details.put("execFiles", List.of());
        return GateResult.measured(NAME, "no coverage data", List.of(), List.of(finding), details);
    }

    /** The layer's data alone over the same classes: which lines these tests, and only these, ran. */
    private RuleCheck layer(CoverageLayer layer) throws GateInputException {
        ExecutionDataStore alone = ExecutionDataFiles.load(List.of(layer.execFile()));
        return RuleCheck.run(new ClassesAnalysis(settings).analyse(alone).bundle(), List.of(layer.rule()));
    }

    /** A layer that measured nothing must not pass: its tests did not run, or wrote elsewhere. */
    private Finding missingLayer(CoverageLayer layer) {
        Severity severity = settings.failOnMissingData() ? Severity.ERROR : Severity.WARNING;
        return new Finding("coverage.layer-missing-data", severity, layer.rule().name() + ": the file does not"
                + " exist, so this layer measured nothing. Let the tests of this"
                + " layer record there (coverage-agent with <destFile> and <propertyName>, see the README's"
                + " per-layer coverage), or remove the layer"
                + (settings.failOnMissingData() ? "; -Ddevflow.coverage.failOnMissingData=false only warns." : "."),
                Location.ofFile(Location.pathOf(settings.projectRoot(), layer.execFile())));
    }

    /** Covered and total count per counter, by JaCoCo's counter names, which the baseline shares. */
    private static Map<CoverageCounter, long[]> counts(IBundleCoverage bundle) {
        Map<CoverageCounter, long[]> counts = new EnumMap<>(CoverageCounter.class);
        for (CounterEntity entity : CounterEntity.values()) {
            ICounter counter = bundle.getCounter(entity);
            counts.put(CoverageCounter.valueOf(entity.name()), new long[] {counter.getCoveredCount(), counter.getTotalCount()});
        }
        return counts;
    }

    private static List<Measurement> counters(IBundleCoverage bundle) {
        List<Measurement> counters = new ArrayList<>();
        for (CounterEntity entity : CounterEntity.values()) {
            ICounter counter = bundle.getCounter(entity);
            counters.add(Measurement.reported(entity.name(), ratio(counter),
                    counter.getCoveredCount() + " of " + counter.getTotalCount() + " covered"));
        }
        return counters;
    }

    /** Shown on every run, so that nobody hides code from the gate unseen. */
    private static Measurement excluded(AnalysedBundle analysed) {
        int classes = analysed.excludedClasses().size();
        int methods = analysed.excludedMethods().size();
        return Measurement.reported("excluded", Integer.toString(classes + methods),
                classes + " classes and " + methods + " methods left out by pattern or annotation");
    }

    private static String ratio(ICounter counter) {
        double ratio = counter.getCoveredRatio();
        return Double.isNaN(ratio) ? "n/a" : BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR).toPlainString();
    }

    private static String headline(IBundleCoverage bundle, List<Measurement> ruleMeasurements, int inputProblems) {
        String lines = "line coverage " + ratio(bundle.getLineCounter());
        long missed = ruleMeasurements.stream().filter(m -> !m.met()).count();
        String rules = missed > 0 ? missed + (missed == 1 ? " rule limit missed" : " rule limits missed")
                : ruleMeasurements.size() == 1 ? "the 1 rule limit holds"
                : "all " + ruleMeasurements.size() + " rule limits hold";
        String problems = inputProblems == 0 ? ""
                : "; " + inputProblems + (inputProblems == 1 ? " input problem" : " input problems");
        return lines + "; " + rules + problems;
    }

    private List<Finding> inputProblems(AnalysedBundle analysed) {
        List<Finding> problems = new ArrayList<>();
        analysed.mismatchedClasses().forEach(c -> problems.add(new Finding("coverage.stale-class", Severity.ERROR,
                c + " does not match the execution data recorded for it: the class was recompiled after the"
                        + " tests ran (stale target/classes). Rebuild from clean: mvn clean verify.", null)));
        if (settings.countsLines()) {
            analysed.classesWithoutDebugInfo().forEach(c -> problems.add(new Finding("coverage.no-debug-info",
                    Severity.ERROR, c + " has no line numbers (compiled with -g:none or <debug>false</debug>),"
                    + " so its lines cannot be counted. Compile with debug information"
                    + " (maven-compiler-plugin <debug>true</debug>, the default).", null)));
        }
        analysed.duplicateClasses().forEach(c -> problems.add(new Finding("coverage.duplicate-class", Severity.ERROR,
                "class " + c + ": two modules define the same class, so their coverage cannot be told apart."
                        + " Rename or move one of them.", null)));
        return problems;
    }

    /** Classes with missed lines, most missed first, each with its uncovered ranges. */
    private List<Finding> offenders(IBundleCoverage bundle) {
        SourceRoots sources = new SourceRoots(settings.projectRoot(), settings.sourceRoots());
        return bundle.getPackages().stream()
                .flatMap(p -> p.getClasses().stream())
                .filter(c -> c.getLineCounter().getMissedCount() > 0 && !c.isNoMatch())
                .sorted(Comparator.comparingInt((IClassCoverage c) -> c.getLineCounter().getMissedCount()).reversed()
                        .thenComparing(IClassCoverage::getName))
                .map(c -> offender(c, sources))
                .toList();
    }

    private static Finding offender(IClassCoverage c, SourceRoots sources) {
        List<UncoveredLines.Range> ranges = UncoveredLines.of(c);
        String path = sources.pathOf(c.getPackageName(), c.getSourceFileName());
        ICounter lines = c.getLineCounter();
        String message = NAMES.getQualifiedClassName(c.getName()) + ": " + lines.getMissedCount() + " of "
                + lines.getTotalCount() + " lines not covered, at "
                + ranges.stream().map(Object::toString).collect(Collectors.joining(", "));
        Location location = ranges.isEmpty() ? Location.ofFile(path)
                : Location.ofLines(path, ranges.get(0).first(), ranges.get(0).last());
        return new Finding("coverage.uncovered-lines", Severity.NOTE, message, location);
    }

    private Map<String, Object> details(AnalysedBundle analysed, List<Finding> offenders) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("bundle", analysed.bundle().getName());
        Map<String, Object> counters = new LinkedHashMap<>();
        for (CounterEntity entity : CounterEntity.values()) {
            ICounter counter = analysed.bundle().getCounter(entity);
            Map<String, Object> numbers = new LinkedHashMap<>();
            numbers.put("missed", counter.getMissedCount());
            numbers.put("covered", counter.getCoveredCount());
            counters.put(entity.name(), numbers);
        }
        details.put("counters", counters);
        details.put("classFiles", analysed.classFiles());
        Map<String, Object> excluded = new LinkedHashMap<>();
        excluded.put("classes", analysed.excludedClasses());
        excluded.put("methods", analysed.excludedMethods());
        details.put("excluded", excluded);
        details.put("classesDirectories", directories());
        details.put("execFiles", settings.execFiles().stream().map(Object::toString).toList());
        details.put("uncoveredClasses", offenders.stream().map(f -> f.location() + "  " + f.message()).toList());
        return details;
    }

    private List<String> directories() {
        return settings.classesDirectories().stream().map(Object::toString).toList();
    }
}
