package dev.devflow.release;

import dev.devflow.gate.Finding;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleReadinessTest {

    @Test
    void aSnapshotDependencyAndAnotherVersionAreEachAProblem() {
        List<ReadinessProblem> problems = ModuleReadiness.problems("1.2.0-SNAPSHOT", List.of(
                new ModuleReadiness.Module("core", "1.2.0-SNAPSHOT", List.of()),
                new ModuleReadiness.Module("web", "1.1.0-SNAPSHOT",
                        List.of(new ModuleReadiness.Snapshot("web/pom.xml:21", "org.acme:util:2.0-SNAPSHOT")))));

        assertThat(problems).extracting(ReadinessProblem::toString).containsExactly(
                "web/pom.xml:21: web depends on org.acme:util:2.0-SNAPSHOT. Fix: use a released version; a release"
                        + " must not depend on SNAPSHOTs.",
                "module web has version 1.1.0-SNAPSHOT, the reactor root 1.2.0-SNAPSHOT. Fix: give every module the"
                        + " root's version; devflow releases a reactor as one version.");
    }

    @Test
    void aFailedChangelogGateGivesItsErrorsNotItsWarnings() {
        Finding error = new Finding("changelog.section", Severity.ERROR, "'### Bug Fixes' is not a change type.",
                Location.ofLine("CHANGELOG.md", 5));
        Finding warning = new Finding("changelog.title", Severity.WARNING, "a title other than # Changelog.",
                Location.ofLine("CHANGELOG.md", 1));
        GateResult failed = GateResult.measured("changelog", "changelog 1 problem", List.of(), List.of(error, warning),
                Map.of());

        assertThat(ModuleReadiness.ofChangelogGate(failed)).extracting(ReadinessProblem::message)
                .containsExactly("the changelog gate fails: " + error.describe());
        GateResult passed = GateResult.measured("changelog", "changelog 0 problems", List.of(), List.of(warning), Map.of());
        assertThat(ModuleReadiness.ofChangelogGate(passed)).isEmpty();
    }
}
