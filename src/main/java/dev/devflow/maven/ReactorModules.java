package dev.devflow.maven;

import dev.devflow.coverage.CoverageSettings;
import dev.devflow.coverage.ExecFileSearch;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The reactor as the aggregate sees it: every module's classes, sources and data. */
final class ReactorModules {

    private static final Duration WAIT_LIMIT = Duration.ofHours(1);

    private ReactorModules() {
    }

    /** Whether {@code project} is the last module the reactor builds. */
    static boolean isLast(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        return !projects.isEmpty() && projects.get(projects.size() - 1).equals(project);
    }

    /**
     * Under {@code mvn -T} the last module in build order can run while modules it does not
     * depend on are still testing; waits until every other module has finished. Returns false
     * when one failed (the build fails anyway, and modules after it may never run).
     */
    static boolean awaitOthers(MavenSession session, MavenProject self, Log log) throws MojoExecutionException {
        if (!session.isParallel()) {
            return true;
        }
        List<MavenProject> others = session.getProjects().stream().filter(p -> !p.equals(self)).toList();
        long deadline = System.nanoTime() + WAIT_LIMIT.toNanos();
        boolean told = false;
        while (true) {
            if (others.stream().anyMatch(p -> session.getResult().getBuildSummary(p) instanceof BuildFailure)) {
                return false;
            }
            if (others.stream().allMatch(p -> session.getResult().getBuildSummary(p) != null)) {
                return true;
            }
            if (!told) {
                log.info("devflow coverage: waiting for the reactor's other modules before the aggregate");
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw new MojoExecutionException("devflow coverage: the reactor's other modules did not finish within "
                        + WAIT_LIMIT.toMinutes() + " minutes; run the aggregate in a build without -T.");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MojoExecutionException("devflow coverage: interrupted while waiting for the reactor", e);
            }
        }
    }

    static Path reportDirectory(MavenSession session) {
        return Path.of(session.getTopLevelProject().getBuild().getDirectory(), "devflow");
    }

    /**
     * Settings over every module: classes directories, source roots and execution data files
     * found with the module's {@code dataFiles} globs, paths shown relative to the reactor root.
     */
    static CoverageSettings coverageSettings(MavenSession session, List<String> dataFiles,
                                             CoverageSettings module, boolean failOnMissingData)
            throws IOException {
        List<Path> classes = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        List<Path> execFiles = new ArrayList<>();
        for (MavenProject p : session.getProjects()) {
            classes.add(Path.of(p.getBuild().getOutputDirectory()));
            p.getCompileSourceRoots().forEach(root -> sources.add(Path.of(root)));
            execFiles.addAll(ExecFileSearch.find(Path.of(p.getBuild().getDirectory()), dataFiles));
        }
        return new CoverageSettings(session.getTopLevelProject().getArtifactId() + " (reactor)",
                session.getTopLevelProject().getBasedir().toPath(), classes, sources, execFiles, module.rules(),
                module.classExcludes(), module.excludedAnnotations(), failOnMissingData);
    }
}
