package dev.devflow.maven;

import dev.devflow.report.CheckTable;
import dev.devflow.report.ModuleCheck;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.List;

/**
 * The reactor's table after its last module: each module's check is kept on its own project
 * (no shared static state), and the last module of the build order prints them all.
 */
final class ReactorSummary {

    private static final String KEY = "dev.devflow.check";

    private ReactorSummary() {
    }

    static void record(MavenSession session, MavenProject project, ModuleCheck check, Log log)
            throws MojoExecutionException {
        project.setContextValue(KEY, check);
        if (session.getProjects().size() < 2 || !ReactorModules.isLast(session, project)) {
            return;
        }
        ReactorModules.awaitOthers(session, project, log,
                "devflow check: waiting for the reactor's other modules before the reactor's table");
        List<ModuleCheck> modules = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            Object value = p.getContextValue(KEY);
            if (value instanceof ModuleCheck module) {
                modules.add(module);
            }
        }
        CheckTable.reactor(modules).forEach(log::info);
    }
}
