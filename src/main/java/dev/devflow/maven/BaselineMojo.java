package dev.devflow.maven;

import dev.devflow.audit.AuditGate;
import dev.devflow.baseline.BaselineEntry;
import dev.devflow.baseline.BaselineFile;
import dev.devflow.baseline.BuildOutput;
import dev.devflow.baseline.ModuleBaseline;
import dev.devflow.baseline.ModuleRecord;
import dev.devflow.bugs.StaticAnalysisGate;
import dev.devflow.coverage.CoverageGate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.lint.LintGate;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MavenPluginManager;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records the module's coverage, its lint and static-analysis findings and, where the module runs
 * the audit, its known vulnerabilities in the baseline
 * ({@code .devflow/baseline.json}), so that from then on only a drop in coverage and new
 * findings fail. Each module writes its own entry; the file is rewritten only when it changes.
 * Run it after the build, from the command line: {@code mvn verify devflow:baseline}.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class BaselineMojo extends AbstractMojo {

    private static final String[] GATES = {CoverageGate.NAME, LintGate.NAME, StaticAnalysisGate.NAME};

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** Configures the gates' own goals (Maven 4 offers no container to look it up in). */
    @Component
    private MavenPluginManager pluginManager;

    /** The baseline file; default .devflow/baseline.json at the reactor root. @since 0.1.0 */
    @Parameter(property = ParameterNames.BASELINE_FILE)
    private File baselineFile;

    /** Skips every devflow goal. */
    @Parameter(property = ParameterNames.SKIP, defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("devflow baseline: skipped (" + ParameterNames.SKIP + ")");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("devflow baseline: a pom module has nothing to record");
            return;
        }
        requireCompiled();
        Map<String, GateResult> results = evaluateGates();
        Map<String, List<BaselineEntry>> carried = auditCarriedOver(results);
        ModuleBaseline module = ModuleRecord.of(results.remove(CoverageGate.NAME), results, carried);
        Path file = ProjectBaseline.file(session, baselineFile);
        try {
            BaselineFile.Update update = BaselineFile.update(file, ProjectBaseline.moduleKey(project), module);
            if (update.damage() != null) {
                getLog().warn("devflow baseline: " + file + " was damaged (" + update.damage() + "); it is written"
                        + " anew from this build's modules, and the damaged file is kept as " + update.kept()
                        + " to compare with.");
            }
            boolean written = update.written();
            getLog().info("devflow baseline: " + ProjectBaseline.moduleKey(project) + ": " + module.coverage().size()
                    + " coverage ratios, " + module.findingsOf(LintGate.NAME).size() + " lint and "
                    + module.findingsOf(StaticAnalysisGate.NAME).size() + " static-analysis findings"
                    + (module.findings().containsKey(AuditGate.NAME) ? ", " + module.findingsOf(AuditGate.NAME).size()
                    + " known vulnerabilities" : "") + "; " + file
                    + (written ? " written" : " unchanged"));
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure("baseline", e);
        } catch (IOException e) {
            throw BuildOutcome.fileFailure("baseline", e);
        }
    }

    private void requireCompiled() throws MojoFailureException, MojoExecutionException {
        List<Path> sourceRoots = project.getCompileSourceRoots().stream().map(Path::of).toList();
        try {
            BuildOutput.requireCompiled(sourceRoots, Path.of(project.getBuild().getOutputDirectory()));
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure("baseline", e);
        } catch (IOException e) {
            throw BuildOutcome.fileFailure("baseline", e);
        }
    }

    /**
     * The vulnerabilities recorded before, kept as they are when the audit did not look this time:
     * the module does not run it in this build (it may be switched on only in CI), or it could not
     * read its database. A baseline taken so loses nothing the team recorded.
     */
    private Map<String, List<BaselineEntry>> auditCarriedOver(Map<String, GateResult> results)
            throws MojoFailureException {
        GateResult audit = results.get(AuditGate.NAME);
        boolean unavailable = audit != null
                && audit.findings().stream().anyMatch(f -> f.ruleId().equals("audit.unavailable"));
        if (audit != null && !unavailable) {
            return Map.of();
        }
        results.remove(AuditGate.NAME);
        List<BaselineEntry> kept;
        try {
            kept = ProjectBaseline.read(session, project, baselineFile).findings(AuditGate.NAME, true).orElse(List.of());
        } catch (GateInputException e) {
            throw BuildOutcome.inputFailure("baseline", e);
        }
        if (unavailable) {
            getLog().warn("devflow baseline: the audit could not read its database (" + audit.findings().get(0)
                    .message() + "); the " + kept.size() + " vulnerabilities recorded before are kept as they are.");
        }
        return kept.isEmpty() ? Map.of() : Map.of(AuditGate.NAME, kept);
    }

    /**
     * Whether the module runs the audit: the goal is bound, or check lists it among its gates (in
     * its configuration or the devflow.check.gates property). Only then does the baseline record
     * it, so a project that does not audit never waits for the advisory database here.
     */
    private boolean audits() {
        Plugin plugin = project.getPlugin(mojoExecution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey());
        String property = session.getUserProperties().getProperty(ParameterNames.CHECK_GATES,
                project.getProperties().getProperty(ParameterNames.CHECK_GATES, ""));
        if (listsAudit(property)) {
            return true;
        }
        if (plugin == null) {
            return false;
        }
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().contains(AuditGate.NAME) || (execution.getGoals().contains("check")
                    && listsAudit(execution.getConfiguration()))) {
                return true;
            }
        }
        return listsAudit(plugin.getConfiguration());
    }

    /**
     * A {@code <gates>} configuration (a comma-separated text, or one child element per gate) or a
     * property value that names the audit among its gates.
     */
    private static boolean listsAudit(Object configuration) {
        String gates = String.valueOf(configuration);
        if (configuration instanceof Xpp3Dom dom) {
            Xpp3Dom listed = dom.getChild("gates");
            gates = listed == null ? "" : listed.getChildCount() > 0 ? String.join(",", java.util.Arrays
                    .stream(listed.getChildren()).map(Xpp3Dom::getValue).toList()) : String.valueOf(listed.getValue());
        }
        return java.util.Arrays.stream(gates.split(",")).map(String::trim).anyMatch(AuditGate.NAME::equals);
    }

    /** Each gate as its goal is configured, whatever its skip switch: the baseline records them all. */
    private Map<String, GateResult> evaluateGates() throws MojoExecutionException, MojoFailureException {
        SiblingGoals goals = new SiblingGoals(session, project, mojoExecution, pluginManager);
        Map<String, GateResult> results = new LinkedHashMap<>();
        List<String> gates = new java.util.ArrayList<>(List.of(GATES));
        if (audits()) {
            gates.add(AuditGate.NAME);
        }
        for (String gate : gates) {
            GateMojo mojo = goals.configured(gate);
            mojo.ignoreBaseline();
            try {
                results.put(gate, mojo.evaluate().get(0).result());
            } catch (GateInputException e) {
                throw BuildOutcome.inputFailure(gate, e);
            } catch (IOException e) {
                throw BuildOutcome.fileFailure("baseline (gate " + gate + ")", e);
            } finally {
                goals.release(mojo);
            }
        }
        return results;
    }
}
