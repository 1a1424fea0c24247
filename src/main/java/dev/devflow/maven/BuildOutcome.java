package dev.devflow.maven;

import dev.devflow.gate.FileProblem;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.report.ConsoleSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place where gate results become the build's outcome: each summary goes to the log
 * as it comes, and {@link #conclude()} fails the build once, listing every failed gate. Every
 * other way a goal fails is made here too, so that each is said the same way, from any goal:
 * bad user input (a file, a parameter, the set-up) is a {@link MojoFailureException} that names
 * the place and the fix (BUILD FAILURE, no stack trace); a file the environment would not let
 * devflow read or write, an interruption and devflow's own faults are a
 * {@link MojoExecutionException}. No message names a Java class.
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

    /** A parameter whose value devflow cannot use. */
    static MojoFailureException parameterFailure(String goal, String parameter, String problem, String fix) {
        return inputFailure(goal, GateInputException.ofParameter(parameter, problem, fix));
    }

    /** The build's set-up keeps the goal from running (a dependency excluded, the classpath not resolved). */
    static MojoFailureException setupFailure(String goal, String problem, String fix) {
        return new MojoFailureException("devflow " + goal + ": " + problem + (fix == null ? "" : " Fix: " + fix));
    }

    /**
     * A goal that {@code check} or {@code baseline} runs cannot be configured from the pom:
     * said as Maven says it when it configures a goal itself (an error, not a gate failure).
     */
    static MojoExecutionException configurationFailure(String goal, String problem, String fix) {
        return new MojoExecutionException("devflow " + goal + ": " + problem + " Fix: " + fix);
    }

    /** A goal's own account of why it stopped and what it undid (the release). */
    static MojoFailureException goalFailure(String goal, String account) {
        return new MojoFailureException("devflow " + goal + " failed. " + account);
    }

    static MojoExecutionException fileFailure(String goal, IOException e) {
        return new MojoExecutionException("devflow " + goal + " could not read or write a file: "
                + FileProblem.describe(e), e);
    }

    static MojoExecutionException fileFailure(String goal, UncheckedIOException e) {
        return fileFailure(goal, e.getCause());
    }

    static MojoExecutionException interrupted(String goal, InterruptedException e) {
        Thread.currentThread().interrupt();
        return new MojoExecutionException("devflow " + goal + " was interrupted", e);
    }

    /** A fault of devflow itself: said as one, with the cause attached for {@code mvn -e}. */
    static MojoExecutionException unexpected(String goal, Throwable cause) {
        String message = cause.getMessage() == null || cause.getMessage().isBlank() ? "no message" : cause.getMessage();
        return new MojoExecutionException("devflow " + goal + " stopped on an error of devflow itself (" + message
                + "); please report it with the build log of mvn -e.", cause);
    }
}
