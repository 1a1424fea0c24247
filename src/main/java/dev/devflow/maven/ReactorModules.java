package dev.devflow.maven;

import dev.devflow.coverage.CoverageSettings;
import dev.devflow.coverage.ExecFileSearch;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The reactor as the aggregate sees it: every module's classes, sources and data. */
final class ReactorModules {

    private ReactorModules() {
    }

    /** Whether {@code project} is the last module the reactor builds. */
    static boolean isLast(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        return !projects.isEmpty() && projects.get(projects.size() - 1).equals(project);
    }

    static Path reportDirectory(MavenSession session) {
        return Path.of(session.getTopLevelProject().getBuild().getDirectory(), "devflow");
    }

    /**
     * Settings over every module: classes directories, source roots and execution data files
     * found with the module's {@code dataFiles} globs, paths shown relative to the reactor root.
     */
    static CoverageSettings coverageSettings(MavenSession session, List<String> dataFiles,
                                             CoverageSettings module) throws IOException {
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
                module.classExcludes(), module.excludedAnnotations(), module.failOnMissingData());
    }
}
