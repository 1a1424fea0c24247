package dev.devflow.maven;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.apache.maven.execution.MavenSession;

import java.nio.file.Path;
import java.util.Set;

/**
 * Which module of the build checks a changelog that several modules read. A reactor's modules
 * read the root's CHANGELOG.md when they have none of their own; the module whose folder holds
 * the file checks it, so that a problem in it is reported once, by that module, rather than by
 * every module of the reactor.
 */
final class ReactorChangelog {

    private static final String PLUGIN_KEY = "dev.devflow:devflow-maven-plugin";
    private static final Set<String> GOALS_THAT_CHECK_IT = Set.of("changelog", "check");

    private ReactorChangelog() {
    }

    /**
     * The artifactId of the other module of this build whose folder holds {@code changelog} and
     * which runs devflow's changelog gate (goal {@code changelog} or {@code check}), or null when
     * this module checks the file itself: it is the module's own, or its owner is not built
     * ({@code -pl module}) or does not run the gate.
     */
    static String checkedIn(MavenSession session, MavenProject project, Path changelog) {
        Path folder = changelog.toAbsolutePath().normalize().getParent();
        if (folder == null || folder.equals(project.getBasedir().toPath().toAbsolutePath().normalize())) {
            return null;
        }
        for (MavenProject other : session.getProjects()) {
            if (other != project && folder.equals(other.getBasedir().toPath().toAbsolutePath().normalize())
                    && runsChangelogGate(other)) {
                return other.getArtifactId();
            }
        }
        return null;
    }

    private static boolean runsChangelogGate(MavenProject project) {
        Plugin plugin = project.getPlugin(PLUGIN_KEY);
        if (plugin == null) {
            return false;
        }
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getGoals().stream().anyMatch(GOALS_THAT_CHECK_IT::contains)) {
                return true;
            }
        }
        return false;
    }
}
