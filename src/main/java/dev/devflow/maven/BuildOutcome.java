package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.report.ConsoleSummary;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where gate results become the build's outcome: each summary goes to the log
 * as it comes, and {@link #conclude()} fails the build once, listing every failed gate. Bad
 * user input becomes a {@link MojoFailureException} too (BUILD FAILURE, no stack trace).
 */
final class BuildOutcome {

    private final Log log;
    private final List<String> failures = new ArrayList<>();
    private final List<String> failedGates = new ArrayList<>();

    BuildOutcome(Log log) {
        this.log = log;
    }

    /** Logs a result and remembers it if it failed. */
    void add(GateResult result, Path report) {
        for (String line : ConsoleSummary.lines(result)) {
            if (line.startsWith(ConsoleSummary.WARNING_PREFIX)) {
                log.warn(line.substring(ConsoleSummary.WARNING_PREFIX.length()));
            } else {
                log.info(line);
            }
        }
        if (result.failed()) {
            failedGates.add(result.gate());
            failures.add(ConsoleSummary.failureMessage(result, report));
        } else if (report != null && result.status() != GateStatus.NOT_APPLICABLE) {
            log.info("Full report: " + report);
        }
    }

    /** The failure message of each failed result, as {@link #conclude()} would fail with them. */
    List<String> failureMessages() {
        return List.copyOf(failures);
    }

    /** Fails the build when any added result failed, with all their messages. */
    void conclude() throws MojoFailureException {
        if (failures.size() == 1) {
            throw new MojoFailureException(failures.get(0));
        }
        if (!failures.isEmpty()) {
            String heading = "devflow: " + failures.size() + " gates failed: " + String.join(", ", failedGates);
            throw new MojoFailureException(heading + System.lineSeparator() + String.join(System.lineSeparator(), failures));
        }
    }

    static MojoFailureException inputFailure(String gate, GateInputException e) {
        return new MojoFailureException("devflow " + gate + ": " + e.getMessage());
    }
}
