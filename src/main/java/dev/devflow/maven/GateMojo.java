package dev.devflow.maven;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.report.JsonReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A goal that evaluates one gate. Its own execution writes the report and applies the outcome;
 * {@code check} runs the same mojo, configured as the POM configures the goal, and gathers the
 * results instead.
 */
abstract class GateMojo extends DevflowMojo {

    /** The baseline coverage, lint and static analysis compare with; default .devflow/baseline.json at the reactor root. @since 0.1.0 */
    @Parameter(property = ParameterNames.BASELINE_FILE)
    private File baselineFile;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession gateSession;

    /** A result, the report file it is written to, and a line to print above its summary (or null). */
    record GateReport(GateResult result, Path file, String heading) {
    }

    @Override
    protected final void run() throws GateInputException, IOException, MojoFailureException, MojoExecutionException {
        BuildOutcome outcome = new BuildOutcome(getLog());
        for (GateReport report : evaluate()) {
            if (report.heading() != null) {
                getLog().info(report.heading());
            }
            outcome.add(report.result(), JsonReport.write(report.result(), report.file()));
        }
        outcome.conclude();
    }

    /** The gate's results, usually one; the coverage gate adds the reactor aggregate. */
    abstract List<GateReport> evaluate() throws GateInputException, IOException, MojoExecutionException,
            MojoFailureException;

    /** Set by devflow:baseline, which records what the gates find and may replace a broken file. */
    private boolean baselineIgnored;

    final void ignoreBaseline() {
        baselineIgnored = true;
    }

    /** Threads of other gates that run beside this one, set by devflow:check. */
    private int threadsBeside;

    /**
     * Set by devflow:check when gates run at once: a gate that chooses its own thread count
     * leaves this many cores to the others, so a single-threaded gate is not starved.
     */
    final void runsBeside(int threads) {
        threadsBeside = threads;
    }

    final int threadsBeside() {
        return threadsBeside;
    }

    /**
     * This module's entry in the baseline file, read now (a broken file fails here, naming its
     * line); with the gate's baseline switch off the file is not read at all, so the switch also
     * gets a build past a broken file.
     */
    final ProjectBaseline baseline(MavenProject module, boolean enabled) throws GateInputException {
        return baselineIgnored || !enabled ? ProjectBaseline.none(module)
                : ProjectBaseline.read(gateSession, module, baselineFile);
    }

    /** The build this goal runs in. */
    final MavenSession session() {
        return gateSession;
    }

    /** The one result of a gate, bound for {@code <gate>.json}. */
    final List<GateReport> single(GateResult result) {
        return List.of(new GateReport(result, report(gateName() + ".json"), null));
    }
}
