package dev.devflow.coverage;

import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ISourceNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a class that no test executed, as ranges. A run of missed lines is merged
 * across lines without code (blank lines, comments), so a method body reads as one range.
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

    static List<Range> of(ISourceNode node) {
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
