package dev.devflow.maven;

import dev.devflow.baseline.Baseline;
import dev.devflow.baseline.BaselineEntry;
import dev.devflow.baseline.BaselineFile;
import dev.devflow.baseline.CoverageBaseline;
import dev.devflow.baseline.CoverageRatchet;
import dev.devflow.baseline.ModuleBaseline;
import dev.devflow.gate.GateInputException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The module's entry in {@code .devflow/baseline.json} (at the reactor root unless configured),
 * as the gates take it. Without the file every gate behaves as without a baseline.
 */
final class ProjectBaseline {

    private final String module;
    private final Optional<Baseline> baseline;

    private ProjectBaseline(String module, Optional<Baseline> baseline) {
        this.module = module;
        this.baseline = baseline;
    }

    static ProjectBaseline read(MavenSession session, MavenProject project, File configured) throws GateInputException {
        return new ProjectBaseline(moduleKey(project), BaselineFile.read(file(session, configured)));
    }

    /** As if there were no baseline file. */
    static ProjectBaseline none(MavenProject project) {
        return new ProjectBaseline(moduleKey(project), Optional.empty());
    }

    static Path file(MavenSession session, File configured) {
        return configured != null ? configured.toPath() : ProjectFiles.root(session).resolve(BaselineFile.DEFAULT_PATH);
    }

    static String moduleKey(MavenProject project) {
        return project.getGroupId() + ":" + project.getArtifactId();
    }

    /** The gate's recorded findings; empty when the switch is off or nothing is recorded for the module. */
    Optional<List<BaselineEntry>> findings(String gate, boolean enabled) {
        if (!enabled) {
            return Optional.empty();
        }
        return baseline.flatMap(b -> b.module(module)).map(m -> m.findingsOf(gate));
    }

    /** The coverage ratchet for the module, or null when there is no baseline file or the switch is off. */
    CoverageBaseline coverage(boolean enabled, BigDecimal tolerance) throws GateInputException {
        if (!enabled || baseline.isEmpty()) {
            return null;
        }
        return new CoverageBaseline(module, baseline.get().module(module).map(ModuleBaseline::coverage),
                CoverageRatchet.withTolerance(tolerance));
    }
}
