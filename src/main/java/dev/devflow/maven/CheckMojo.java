package dev.devflow.maven;

import dev.devflow.bugs.StaticAnalysisGate;
import dev.devflow.gate.Finding;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Severity;
import dev.devflow.report.CheckTable;
import dev.devflow.report.JsonReport;
import dev.devflow.report.ModuleCheck;
import dev.devflow.report.ModuleReports;
import dev.devflow.report.ModuleCheck.GateRun;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every enabled gate of the module in one step: each runs as its own goal would, configured as
 * the POM configures that goal; the build fails once, at the end, listing every gate that was
 * not met. Writes report.json, report.md, devflow.sarif and devflow-junit.xml.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends DevflowMojo {

    /** The gates check knows, in the order they are reported. */
    static final String DEFAULT_GATES = "changelog,version,coverage,lint,static-analysis";
    /** Every gate check can run, in report order: test-results and audit only when listed in gates. */
    static final List<String> ALL_GATES = List.of("changelog", "version", "coverage", "lint", "static-analysis",
            "test-results", "audit");
    /** Gates that are quick and read no build output: run first, one after the other. */
    private static final List<String> QUICK_GATES = List.of("changelog", "version");

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Configures the gates' own goals (Maven 4 offers no container to look it up in). */
    @Component
    private MavenPluginManager pluginManager;

    /** The gates to run; default all: changelog, version, coverage, lint, static-analysis. @since 0.1.0 */
    @Parameter(property = ParameterNames.CHECK_GATES, defaultValue = DEFAULT_GATES)
    private List<String> gates;

    /** {@code false} turns every failed gate into a warning, for a first adoption. @since 0.1.0 */
    @Parameter(property = ParameterNames.FAIL_ON_ERROR, defaultValue = "true")
    private boolean failOnError;

    @Override
    protected String gateName() {
        return "check";
    }

    @Override
    protected boolean gateSkipped() {
        return false;
    }

    /** The module's check files and the JSON of each gate it runs: none may outlive a run that stops early. */
    @Override
    protected List<String> reportFiles() {
        List<String> files = new ArrayList<>(ModuleReports.FILES);
        gates.stream().map(String::trim).filter(ALL_GATES::contains).forEach(gate -> files.add(gate + ".json"));
        return files;
    }

    @Override
    protected String skipProperty() {
        return ParameterNames.SKIP;
    }

    @Override
    protected void run() throws IOException, MojoFailureException, MojoExecutionException {
        List<String> selected = selectedGates();
        SiblingGoals goals = new SiblingGoals(session, project, mojoExecution, pluginManager);
        List<GateRun> runs = new ArrayList<>();
        List<String> concurrent = new ArrayList<>();
        for (String gate : selected) {
            if (QUICK_GATES.contains(gate)) {
                runs.add(runGate(goals, gate));
            } else {
                concurrent.add(gate);
            }
        }
        runs.addAll(runConcurrently(goals, concurrent));
        runs.sort(Comparator.comparingInt(r -> ALL_GATES.indexOf(r.result().gate())));
        conclude(new ModuleCheck(project.getArtifactId(), modulePath(), runs));
    }

    private List<String> selectedGates() throws MojoFailureException {
        List<String> selected = new ArrayList<>();
        for (String gate : gates) {
            String name = gate.trim();
            if (!ALL_GATES.contains(name)) {
                throw BuildOutcome.parameterFailure("check", "gates", "there is no gate '" + name + "'.",
                        "use some of " + String.join(", ", ALL_GATES) + ".");
            }
            selected.add(name);
        }
        return selected;
    }

    /** Coverage, lint and static analysis read files only; run at once, each on its own thread, output kept apart. */
    private List<GateRun> runConcurrently(SiblingGoals goals, List<String> gateNames) throws MojoExecutionException {
        if (gateNames.size() <= 1) {
            List<GateRun> runs = new ArrayList<>();
            for (String gate : gateNames) {
                runs.add(runGate(goals, gate));
            }
            return runs;
        }
        ExecutorService pool = Executors.newFixedThreadPool(gateNames.size(), r -> {
            Thread thread = new Thread(r, "devflow-check-" + project.getArtifactId());
            thread.setDaemon(true);
            return thread;
        });
        // Every goal is configured, and later released, here on Maven's thread, and none while a gate
        // runs: on another thread Maven 3.9's session.getCurrentProject() is the reactor's first
        // project, and Maven 4's plugin manager is not safe to configure or release mojos in while
        // another thread does (a ConcurrentModificationException, now and then, under -T 2).
        Map<String, GateMojo> mojos = new java.util.LinkedHashMap<>();
        try {
            for (String gate : gateNames) {
                GateMojo mojo = goals.configured(gate);
                mojos.put(gate, mojo);
                // SpotBugs keeps one core busy for the whole run; coverage is over in a moment
                mojo.runsBeside(!gate.equals(StaticAnalysisGate.NAME) && gateNames.contains(StaticAnalysisGate.NAME)
                        ? 1 : 0);
            }
            List<Future<GateRun>> futures = new ArrayList<>();
            mojos.forEach((gate, mojo) -> futures.add(pool.submit(() -> evaluate(gate, mojo))));
            List<GateRun> runs = new ArrayList<>();
            for (Future<GateRun> future : futures) {
                runs.add(future.get());
            }
            return runs;
        } catch (InterruptedException e) {
            throw BuildOutcome.interrupted("check", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MojoExecutionException cause) {
                throw cause;
            }
            throw BuildOutcome.unexpected("check", e.getCause());
        } finally {
            pool.shutdownNow();
            mojos.values().forEach(goals::release);
        }
    }

    /** One gate as its goal would run it; bad input becomes that gate's failure, not the whole check's. */
    private GateRun runGate(SiblingGoals goals, String gate) throws MojoExecutionException {
        return runGate(goals, gate, goals.configured(gate));
    }

    private GateRun runGate(SiblingGoals goals, String gate, GateMojo mojo) throws MojoExecutionException {
        try {
            return evaluate(gate, mojo);
        } finally {
            goals.release(mojo);
        }
    }

    private GateRun evaluate(String gate, GateMojo mojo) throws MojoExecutionException {
        long start = System.nanoTime();
        try {
            String skippedBy = mojo.skippedBy();
            GateResult result;
            if (skippedBy != null) {
                result = GateResult.skipped(gate, "skipped by " + skippedBy);
            } else {
                List<GateMojo.GateReport> reports = mojo.evaluate();
                for (GateMojo.GateReport report : reports) {
                    JsonReport.write(report.result(), report.file());
                }
                result = reports.get(0).result();
            }
            return new GateRun(result, (System.nanoTime() - start) / 1_000_000);
        } catch (GateInputException e) {
            return badInput(gate, e.getMessage(), start);
        } catch (MojoFailureException e) {
            // what fails the goal alone fails the gate in check, beside the other gates' results
            return badInput(gate, e.getMessage(), start);
        } catch (IOException e) {
            throw BuildOutcome.fileFailure("check (gate " + gate + ")", e);
        } catch (UncheckedIOException e) {
            throw BuildOutcome.fileFailure("check (gate " + gate + ")", e);
        }
    }

    /** A gate stopped by its input: failed, with the reason as its one finding and in its report. */
    private GateRun badInput(String gate, String message, long start) throws MojoExecutionException {
        GateResult failed = GateResult.measured(gate, "bad input", List.of(),
                List.of(new Finding(gate + ".input", Severity.ERROR, message, null)), Map.of());
        writeReport(failed); // the failure message points at it
        return new GateRun(failed, (System.nanoTime() - start) / 1_000_000);
    }

    private void writeReport(GateResult result) throws MojoExecutionException {
        try {
            JsonReport.write(result, report(result.gate() + ".json"));
        } catch (IOException e) {
            throw BuildOutcome.fileFailure("check", e);
        }
    }

    private void conclude(ModuleCheck check) throws IOException, MojoFailureException, MojoExecutionException {
        BuildOutcome outcome = new BuildOutcome(getLog());
        for (GateRun run : check.gates()) {
            outcome.add(run.result(), report(run.result().gate() + ".json"));
        }
        CheckTable.module(check).forEach(getLog()::info);
        ModuleReports.write(check, report(""), pluginVersion(), System.getenv(), System.out);
        ReactorSummary.record(session, project, check, getLog());
        if (failOnError) {
            outcome.conclude();
        } else if (check.failed()) {
            int failed = check.failedGates().size();
            getLog().warn("devflow check: " + failed + (failed == 1 ? " gate" : " gates") + " failed, but"
                    + " failOnError=false lets the build pass");
            outcome.failureMessages().forEach(message -> message.lines().forEach(getLog()::warn));
        }
    }

    private String modulePath() {
        Path root = ProjectFiles.root(session);
        Path dir = project.getBasedir().toPath().toAbsolutePath();
        return dir.startsWith(root) ? root.relativize(dir).toString().replace('\\', '/') : "";
    }

    private String pluginVersion() {
        return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
    }
}
