package dev.devflow.release;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.GateStatus;
import dev.devflow.gate.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * What the build's model says against a release, before git is asked: a module that depends on
 * a SNAPSHOT, a module whose version is not the root's, and the changelog gate's errors.
 */
public final class ModuleReadiness {

    /** A SNAPSHOT a module depends on ({@code org.x:y:1.0-SNAPSHOT}) and where ({@code pom.xml:12}). */
    public record Snapshot(String place, String what) {
    }

    /** A module of the reactor as the release sees it. */
    public record Module(String artifactId, String version, List<Snapshot> snapshots) {

        public Module {
            snapshots = List.copyOf(snapshots);
        }
    }

    private ModuleReadiness() {
    }

    public static List<ReadinessProblem> problems(String rootVersion, List<Module> modules) {
        List<ReadinessProblem> problems = new ArrayList<>();
        for (Module module : modules) {
            for (Snapshot snapshot : module.snapshots()) {
                problems.add(new ReadinessProblem(snapshot.place() + ": " + module.artifactId() + " depends on "
                        + snapshot.what() + ".", "use a released version; a release must not depend on SNAPSHOTs."));
            }
            if (!module.version().equals(rootVersion)) {
                problems.add(new ReadinessProblem("module " + module.artifactId() + " has version " + module.version()
                        + ", the reactor root " + rootVersion + ".", "give every module the root's version; devflow"
                        + " releases a reactor as one version."));
            }
        }
        return problems;
    }

    /** Each error of a failed changelog gate, as a reason not to release. */
    public static List<ReadinessProblem> ofChangelogGate(GateResult result) {
        if (result.status() != GateStatus.FAILED) {
            return List.of();
        }
        List<ReadinessProblem> problems = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.severity() == Severity.ERROR) {
                problems.add(new ReadinessProblem("the changelog gate fails: " + finding.describe(),
                        "correct the changelog (mvn devflow:changelog shows every problem)."));
            }
        }
        return problems;
    }
}
