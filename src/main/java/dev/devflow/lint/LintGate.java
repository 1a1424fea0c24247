package dev.devflow.lint;

import dev.devflow.baseline.BaselineEntry;
import dev.devflow.baseline.FindingsBaseline;
import dev.devflow.baseline.ScopedFinding;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The lint gate: PMD 7 in this JVM over the module's sources, judged as maven-pmd-plugin's
 * pmd:check judges (failurePriority, maxAllowedViolations), plus duplicate code from CPD.
 */
public final class LintGate implements Gate {

    public static final String NAME = "lint";
    private static final Pattern LINE = Pattern.compile("line (\\d+)(?:, column (\\d+))?");

    private final LintSettings settings;
    private final FindingsBaseline baseline;

    public LintGate(LintSettings settings) {
        this(settings, Optional.empty());
    }

    /** With the module's recorded lint findings: those are reported as known and do not fail. */
    public LintGate(LintSettings settings, Optional<List<BaselineEntry>> recorded) {
        this.settings = settings;
        this.baseline = new FindingsBaseline(settings.projectRoot(), recorded);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        checkSettings();
        List<Path> files = SourceSet.javaFiles(settings.sourceRoots(), settings.excludes());
        if (files.isEmpty()) {
            return GateResult.notApplicable(NAME, "no Java sources in " + settings.sourceRoots());
        }
        PmdOutcome report = analyse(files);
        List<Finding> findings = new ArrayList<>();
        List<Measurement> measurements = new ArrayList<>();
        judgeViolations(report, findings, measurements);
        report.unanalysed().forEach(file -> findings.add(processingError(file)));
        if (settings.maxDuplications() != null) {
            List<DuplicateCode.Duplicate> duplicates = DuplicateCode.find(settings, files);
            judgeDuplicates(duplicates, findings, measurements);
        }
        findings.sort(Finding.BY_PLACE);
        return GateResult.measured(NAME, headline(measurements, report), measurements, findings, details(report));
    }

    private PmdOutcome analyse(List<Path> files) throws GateInputException {
        LintCache cache = settings.cacheDirectory() == null ? null : new LintCache(settings, files);
        Optional<PmdOutcome> cached = cache == null ? Optional.empty() : cache.read();
        if (cached.isPresent()) {
            return cached.get();
        }
        PmdOutcome outcome = new PmdRun(settings).analyse(files);
        if (cache != null) {
            cache.write(outcome);
        }
        return outcome;
    }

    private void checkSettings() throws GateInputException {
        if (settings.failurePriority() < 1 || settings.failurePriority() > 5) {
            throw GateInputException.ofParameter("failurePriority", settings.failurePriority()
                    + " is not a PMD priority.", "use 1 (highest) to 5 (lowest, the default: every violation fails).");
        }
        if (settings.maxAllowedViolations() < 0) {
            throw GateInputException.ofParameter("maxAllowedViolations", "must not be negative.", "use 0 or more.");
        }
        if (settings.maxDuplications() != null && settings.maxDuplications() < 0) {
            throw GateInputException.ofParameter("maxDuplications", "must not be negative.", "use 0 or more.");
        }
    }

    private void judgeViolations(PmdOutcome report, List<Finding> findings, List<Measurement> measurements) {
        List<PmdOutcome.Violation> violations = report.violations();
        FindingsBaseline.Sorting sorting = baseline.sort(violations.stream()
                .map(v -> new ScopedFinding(finding(v, Severity.WARNING), v.scope())).toList(), finding -> false);
        Set<Integer> failing = IntStream.range(0, violations.size())
                .filter(i -> violations.get(i).priority() <= settings.failurePriority() && !sorting.isKnown(i))
                .boxed().collect(Collectors.toSet());
        boolean fails = failing.size() > settings.maxAllowedViolations();
        for (int i = 0; i < violations.size(); i++) {
            findings.add(sorting.reported(i, finding(violations.get(i), fails && failing.contains(i)
                    ? Severity.ERROR : Severity.WARNING)));
        }
        int allowed = settings.maxAllowedViolations();
        measurements.add(new Measurement("violations of priority 1-" + settings.failurePriority()
                + (sorting.applied() ? ", not in the baseline" : ""),
                Integer.toString(failing.size()), violations.size() + " in all",
                Threshold.maximum(BigDecimal.valueOf(allowed)), !fails,
                plural(failing.size(), "PMD violation", "PMD violations") + " of priority " + settings.failurePriority()
                        + " or higher" + (sorting.applied() ? " not in the baseline" : "") + ", but at most "
                        + allowed + " allowed: fix them, or suppress a deliberate one with @SuppressWarnings(\"PMD.Rule\")."));
        sorting.measurement().ifPresent(measurements::add);
        measurements.add(Measurement.reported("suppressed", Integer.toString(report.suppressed()),
                "by @SuppressWarnings or NOPMD"));
    }

    private Finding finding(PmdOutcome.Violation v, Severity severity) {
        return new Finding("lint." + v.rule(), severity, v.rule() + "  " + v.message(),
                Location.ofColumn(display(v.file()), v.line(), v.column()));
    }

    private void judgeDuplicates(List<DuplicateCode.Duplicate> duplicates, List<Finding> findings,
                                 List<Measurement> measurements) {
        boolean fails = duplicates.size() > settings.maxDuplications();
        for (DuplicateCode.Duplicate d : duplicates) {
            findings.add(new Finding("lint.duplicate-code", fails ? Severity.ERROR : Severity.WARNING,
                    d.tokens() + " tokens (" + d.lines() + " lines) duplicated, also at " + d.others(), d.first()));
        }
        measurements.add(new Measurement("duplicated blocks", Integer.toString(duplicates.size()),
                "at least " + settings.minimumTokens() + " tokens each",
                Threshold.maximum(BigDecimal.valueOf(settings.maxDuplications())), !fails,
                plural(duplicates.size(), "duplicated block", "duplicated blocks") + " of " + settings.minimumTokens()
                        + " tokens or more, but at most "
                        + settings.maxDuplications() + " allowed: extract the shared code."));
    }

    private Finding processingError(PmdOutcome.Unanalysed file) {
        String message = file.reason();
        Matcher line = LINE.matcher(message);
        String path = display(file.file());
        Location location = line.find() ? Location.ofLine(path, Integer.parseInt(line.group(1))) : Location.ofFile(path);
        return new Finding("lint.processing-error", Severity.ERROR, "PMD could not analyse this file: "
                + message + " (is it valid Java " + settings.languageVersion() + "?)", location);
    }

    private String display(Path file) {
        return Location.pathOf(settings.projectRoot(), file);
    }

    private static String headline(List<Measurement> measurements, PmdOutcome report) {
        String violations = plural(report.violations().size(), "violation", "violations");
        long missed = measurements.stream().filter(m -> !m.met()).count();
        String text = missed == 0 ? violations + " within limits"
                : violations + "; " + plural((int) missed, "limit", "limits") + " missed";
        int unparsed = report.unanalysed().size();
        return unparsed == 0 ? text : text + "; " + plural(unparsed, "file", "files") + " could not be analysed";
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private Map<String, Object> details(PmdOutcome report) {
        Map<String, Object> details = new LinkedHashMap<>();
        Map<String, Integer> byPriority = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        for (PmdOutcome.Violation v : report.violations()) {
            byPriority.merge(Integer.toString(v.priority()), 1, Integer::sum);
            byRule.merge(v.rule(), 1, Integer::sum);
        }
        details.put("violationsByPriority", byPriority);
        details.put("violationsByRule", byRule);
        details.put("suppressed", report.suppressed());
        details.put("ruleSets", settings.ruleSets());
        details.put("languageVersion", settings.languageVersion());
        return details;
    }
}
