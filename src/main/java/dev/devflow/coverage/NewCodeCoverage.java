package dev.devflow.coverage;

import dev.devflow.baseline.NewCode;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;

import dev.devflow.gate.GateInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * The new-code rule: of the lines a change added or edited (since the merge-base with the base
 * ref), those that carry code must be covered to the minimum. A new line carries code when
 * JaCoCo's line data for its source file has instructions on it; comments, blank lines,
 * imports and annotations do not count. Uncovered new lines are reported as ranges, merged
 * across lines without code.
 *
 * @param newCode the new lines of the module's source files
 * @param minimum the share of coverable new lines that must be covered ({@code 0.90})
 */
public record NewCodeCoverage(NewCode newCode, BigDecimal minimum) {

    public static final String DEFAULT_MINIMUM = "0.90";

    /** The minimum as configured ({@code 0.90} or {@code 90%}), a ratio from 0 to 1. */
    public static BigDecimal minimum(String parameter, String text) throws GateInputException {
        BigDecimal minimum = Threshold.parseLimit(parameter, text);
        if (minimum == null || minimum.signum() < 0 || minimum.compareTo(BigDecimal.ONE) > 0) {
            throw GateInputException.ofParameter(parameter, (minimum == null ? "no value" : minimum.toPlainString())
                    + " is not a ratio.", "use a value from 0 to 1, such as 0.90.");
        }
        return minimum;
    }
    /** Ranges named in the console; the report has all of them. */
    static final int SHOWN_RANGES = 30;

    /** The rule's measurement and a finding per uncovered range. */
    Result judge(IBundleCoverage bundle, List<Path> sourceRoots, Path projectRoot) {
        Map<String, ISourceFileCoverage> byPath = sourceFiles(bundle);
        int coverable = 0;
        int covered = 0;
        List<Finding> uncovered = new ArrayList<>();
        for (Map.Entry<Path, SortedSet<Integer>> file : newCode.files().entrySet()) {
            ISourceFileCoverage source = byPath.get(packagePath(file.getKey(), sourceRoots));
            if (source == null) {
                continue; // no class was built from it with code on these lines
            }
            String path = Location.pathOf(projectRoot, file.getKey());
            int first = -1;
            int last = -1;
            for (int line : file.getValue()) {
                int status = source.getLine(line).getStatus();
                if (status == ICounter.EMPTY) {
                    continue;
                }
                coverable++;
                if (status == ICounter.NOT_COVERED) {
                    if (first < 0) {
                        first = line;
                    } else if (hasCodeBetween(source, last, line)) {
                        uncovered.add(range(path, first, last));
                        first = line;
                    }
                    last = line;
                } else {
                    covered++;
                    if (first >= 0) {
                        uncovered.add(range(path, first, last));
                        first = -1;
                    }
                }
            }
            if (first >= 0) {
                uncovered.add(range(path, first, last));
            }
        }
        return result(coverable, covered, uncovered);
    }

    private Result result(int coverable, int covered, List<Finding> uncovered) {
        String name = "new code line coverage (" + newCode.describeBase() + ")";
        if (coverable == 0) {
            return new Result(Measurement.reported(name, "not applicable", "no new line carries code"), List.of());
        }
        BigDecimal ratio = BigDecimal.valueOf(covered).divide(BigDecimal.valueOf(coverable), 2, RoundingMode.FLOOR);
        boolean met = BigDecimal.valueOf(covered).compareTo(minimum.multiply(BigDecimal.valueOf(coverable))) >= 0;
        int gap = minimum.multiply(BigDecimal.valueOf(coverable)).setScale(0, RoundingMode.CEILING).intValue() - covered;
        String shown = String.join(", ", uncovered.stream().limit(SHOWN_RANGES).map(f -> f.location().toString()).toList())
                + (uncovered.size() > SHOWN_RANGES ? " and " + (uncovered.size() - SHOWN_RANGES) + " more in coverage.json" : "");
        Measurement measurement = new Measurement(name, ratio.toPlainString(), covered + " of " + coverable
                + " new lines with code covered", Threshold.minimum(minimum), met, "new code line coverage is "
                + ratio.toPlainString() + ", below " + minimum.toPlainString() + ": cover " + gap + " more new "
                + (gap == 1 ? "line" : "lines") + ". Not covered: " + shown);
        Severity severity = met ? Severity.NOTE : Severity.ERROR;
        return new Result(measurement, uncovered.stream().map(f -> new Finding(f.ruleId(), severity, f.message(),
                f.location())).toList());
    }

    /** Whether a line with code (covered or not) lies strictly between two uncovered new lines. */
    private static boolean hasCodeBetween(ISourceFileCoverage source, int from, int to) {
        for (int line = from + 1; line < to; line++) {
            if (source.getLine(line).getStatus() != ICounter.EMPTY) {
                return true;
            }
        }
        return false;
    }

    private static Finding range(String path, int first, int last) {
        return new Finding("coverage.new-code-uncovered", Severity.ERROR, first == last ? "new line not covered by any test"
                : "new lines not covered by any test", first == last ? Location.ofLine(path, first)
                : Location.ofLines(path, first, last));
    }

    /** {@code com/acme/Cart.java} for a file under one of the source roots; null when it is under none. */
    private static String packagePath(Path file, List<Path> sourceRoots) {
        for (Path root : sourceRoots) {
            Path absolute = root.toAbsolutePath().normalize();
            Path normalized = file.toAbsolutePath().normalize();
            if (normalized.startsWith(absolute)) {
                return absolute.relativize(normalized).toString().replace('\\', '/');
            }
        }
        return null;
    }

    private static Map<String, ISourceFileCoverage> sourceFiles(IBundleCoverage bundle) {
        Map<String, ISourceFileCoverage> byPath = new HashMap<>();
        for (IPackageCoverage p : bundle.getPackages()) {
            for (ISourceFileCoverage s : p.getSourceFiles()) {
                byPath.put(p.getName().isEmpty() ? s.getName() : p.getName() + "/" + s.getName(), s);
            }
        }
        return byPath;
    }

    /** The rule's measurement and its findings. */
    record Result(Measurement measurement, List<Finding> findings) {
    }
}
