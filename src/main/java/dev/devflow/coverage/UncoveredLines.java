package dev.devflow.coverage;

import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.ISourceNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of a class that no test executed, as ranges. Within a method a run of missed
 * lines is merged across lines without code (blank lines, comments), so an untested method
 * body reads as one range; ranges of different methods stay apart unless they touch.
 */
final class UncoveredLines {

    /** An inclusive range of line numbers. */
    record Range(int first, int last) {
        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    private UncoveredLines() {
    }

    static List<Range> of(IClassCoverage coverage) {
        List<Range> perMethod = new ArrayList<>();
        for (IMethodCoverage method : coverage.getMethods()) {
            perMethod.addAll(inOneMethod(method));
        }
        perMethod.sort(Comparator.comparingInt(Range::first));
        List<Range> merged = new ArrayList<>();
        for (Range range : perMethod) {
            Range last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && range.first() <= last.last() + 1) {
                merged.set(merged.size() - 1, new Range(last.first(), Math.max(last.last(), range.last())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    private static List<Range> inOneMethod(ISourceNode node) {
        List<Range> ranges = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (int line = node.getFirstLine(); line != ISourceNode.UNKNOWN_LINE && line <= node.getLastLine(); line++) {
            int status = node.getLine(line).getStatus();
            if (status == ICounter.NOT_COVERED) {
                if (start < 0) {
                    start = line;
                }
                end = line;
            } else if (status != ICounter.EMPTY && start >= 0) {
                ranges.add(new Range(start, end));
                start = -1;
            }
        }
        if (start >= 0) {
            ranges.add(new Range(start, end));
        }
        return ranges;
    }
}
