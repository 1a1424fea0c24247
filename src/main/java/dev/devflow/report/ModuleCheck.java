package dev.devflow.report;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code check} found in one module: every gate's result and how long it took. The
 * reports of {@code check} are all written from this.
 *
 * @param module     the module's name (artifactId)
 * @param modulePath the module's folder relative to the repository root ({@code ""} at the root),
 *                   to make finding paths repository-relative
 * @param gates      each gate's run, in the order the gates are listed
 */
public record ModuleCheck(String module, String modulePath, List<GateRun> gates) {

    /** One gate's result and its time. */
    public record GateRun(GateResult result, long millis) {
    }

    /** Gates whose finding paths are relative to the reactor's root, not to the module. */
    private static final Set<String> ROOT_RELATIVE_GATES = Set.of("changelog", "version", "audit");

    public ModuleCheck {
        gates = List.copyOf(gates);
        modulePath = modulePath == null || modulePath.isEmpty() || modulePath.endsWith("/") ? modulePath
                : modulePath + "/";
    }

    public boolean failed() {
        return gates.stream().anyMatch(g -> g.result().failed());
    }

    public List<GateRun> failedGates() {
        return gates.stream().filter(g -> g.result().failed()).toList();
    }

    public GateStatus status() {
        if (failed()) {
            return GateStatus.FAILED;
        }
        return gates.stream().anyMatch(g -> g.result().status() == GateStatus.WARNED) ? GateStatus.WARNED
                : GateStatus.PASSED;
    }

    /**
     * What a gate reports at places in files, for SARIF and the CI's annotations: its findings,
     * and, when it failed on a number with no error to show for it (coverage under its minimum),
     * each missed number as an error on the module's pom.xml, where the rule is configured. So a
     * failed gate is never absent from code scanning and a pull request's annotations.
     */
    public static List<Finding> placedFindings(GateResult result) {
        List<Finding> placed = new ArrayList<>(result.findings());
        if (result.failed() && placed.stream().noneMatch(f -> f.severity() == Severity.ERROR)) {
            for (Measurement missed : result.measurements()) {
                if (!missed.met()) {
                    placed.add(new Finding(result.gate() + ".threshold-missed", Severity.ERROR,
                            missed.message().isEmpty() ? result.headline() : missed.message(),
                            Location.ofFile("pom.xml")));
                }
            }
        }
        return placed;
    }

    /** A finding's path as seen from the repository root. */
    public String repositoryPath(String gate, String pathOfFinding) {
        // changelog, version and audit name their files from the reactor's root already (ProjectFiles.display):
        // a module's changelog finding is in the root's CHANGELOG.md, not in <module>/CHANGELOG.md
        return modulePath == null || ROOT_RELATIVE_GATES.contains(gate) ? pathOfFinding : modulePath + pathOfFinding;
    }
}
