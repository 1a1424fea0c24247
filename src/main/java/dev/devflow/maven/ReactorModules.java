package dev.devflow.maven;

import dev.devflow.coverage.CoverageSettings;
import dev.devflow.coverage.ExecFileSearch;
import dev.devflow.coverage.ReactorProgress;
import dev.devflow.gate.Location;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.BuildSummary;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.execution.ProjectDependencyGraph;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The reactor as the aggregate sees it: every module's classes, sources and data. */
final class ReactorModules {

    private ReactorModules() {
    }

    /** Whether {@code project} is the last module the reactor builds. */
    static boolean isLast(MavenSession session, MavenProject project) {
        List<MavenProject> projects = session.getProjects();
        return !projects.isEmpty() && projects.get(projects.size() - 1).equals(project);
    }

    /**
     * Waits until every other module that will still finish has finished (under {@code mvn -T}
     * the last module in build order can run while modules it does not depend on are testing),
     * and no longer: a module that will not run, after a failure, is not waited for.
     */
    static ReactorProgress awaitOthers(MavenSession session, MavenProject self, Log log, String waiting)
            throws MojoExecutionException {
        boolean told = false;
        while (true) {
            ReactorProgress progress = progress(session, self);
            if (progress.settled()) {
                return progress;
            }
            if (!told) {
                log.info(waiting);
                told = true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw BuildOutcome.interrupted("coverage (waiting for the reactor)", e);
            }
        }
    }

    /** Every module but {@code self}: the build's own, and with {@code -rf} those built before the resume point. */
    private static ReactorProgress progress(MavenSession session, MavenProject self) {
        ProjectDependencyGraph graph = session.getProjectDependencyGraph();
        Path root = root(session).getBasedir().toPath();
        List<ReactorProgress.Module> modules = new ArrayList<>();
        for (MavenProject p : earlierModules(session)) {
            ReactorProgress.State state = Files.isDirectory(Path.of(p.getBuild().getOutputDirectory()))
                    ? ReactorProgress.State.BUILT : ReactorProgress.State.NOT_BUILT;
            modules.add(module(root, p, state, graph));
        }
        for (MavenProject p : session.getProjects()) {
            if (!p.equals(self)) {
                modules.add(module(root, p, state(session.getResult().getBuildSummary(p)), graph));
            }
        }
        return new ReactorProgress(modules, failureBehavior(session.getRequest()));
    }

    private static ReactorProgress.Module module(Path root, MavenProject project, ReactorProgress.State state,
                                                 ProjectDependencyGraph graph) {
        Set<String> upstream = graph.getUpstreamProjects(project, true).stream().map(MavenProject::getArtifactId)
                .collect(Collectors.toSet());
        return new ReactorProgress.Module(project.getArtifactId(),
                Location.pathOf(root, project.getFile().toPath()), state, upstream);
    }

    private static ReactorProgress.State state(BuildSummary summary) {
        if (summary == null) {
            return ReactorProgress.State.PENDING;
        }
        return summary instanceof BuildFailure ? ReactorProgress.State.FAILED : ReactorProgress.State.BUILT;
    }

    private static ReactorProgress.FailureBehavior failureBehavior(MavenExecutionRequest request) {
        String behavior = request.getReactorFailureBehavior();
        if (MavenExecutionRequest.REACTOR_FAIL_AT_END.equals(behavior)) {
            return ReactorProgress.FailureBehavior.FAIL_AT_END;
        }
        return MavenExecutionRequest.REACTOR_FAIL_NEVER.equals(behavior)
                ? ReactorProgress.FailureBehavior.FAIL_NEVER : ReactorProgress.FailureBehavior.FAIL_FAST;
    }

    /**
     * Modules with code that a build resumed with {@code -rf} does not build again: they were
     * built before the resume point, and their classes and data count in the aggregate. Not the
     * modules a {@code -pl} leaves out: that build is about the modules it names.
     */
    private static List<MavenProject> earlierModules(MavenSession session) {
        if (!resumed(session)) {
            return List.of();
        }
        return session.getAllProjects().stream()
                .filter(p -> !session.getProjects().contains(p) && !"pom".equals(p.getPackaging()))
                .toList();
    }

    /** How many modules the aggregate is over: the build's, and with {@code -rf} also those before the resume point. */
    static int moduleCount(MavenSession session) {
        return resumed(session) ? session.getAllProjects().size() : session.getProjects().size();
    }

    private static boolean resumed(MavenSession session) {
        String resumeFrom = session.getRequest().getResumeFrom();
        return resumeFrom != null && !resumeFrom.isBlank() && session.getAllProjects() != null;
    }

    /**
     * The reactor's root project: the one Maven was started in. A build resumed with {@code -rf}
     * does not build it again, and then the session's top-level project is the first it builds.
     */
    static MavenProject root(MavenSession session) {
        if (resumed(session)) {
            for (MavenProject p : session.getAllProjects()) {
                if (p.isExecutionRoot()) {
                    return p;
                }
            }
        }
        return session.getTopLevelProject();
    }

    static Path reportDirectory(MavenSession session) {
        return Path.of(root(session).getBuild().getDirectory(), "devflow");
    }

    /**
     * Settings over every module built (in this run, or before the point it resumed from): classes directories, source roots and execution data files
     * found with the module's {@code dataFiles} globs, paths shown relative to the reactor root.
     */
    static CoverageSettings coverageSettings(MavenSession session, List<String> dataFiles,
                                             CoverageSettings module, boolean failOnMissingData,
                                             ReactorProgress progress, MavenProject self)
            throws IOException {
        List<Path> classes = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        List<Path> execFiles = new ArrayList<>();
        List<MavenProject> included = new ArrayList<>(earlierModules(session));
        included.addAll(session.getProjects());
        for (MavenProject p : included) {
            if (!p.equals(self) && !progress.built(p.getArtifactId())) {
                continue;
            }
            classes.add(Path.of(p.getBuild().getOutputDirectory()));
            p.getCompileSourceRoots().forEach(root -> sources.add(Path.of(root)));
            execFiles.addAll(ExecFileSearch.find(Path.of(p.getBuild().getDirectory()), dataFiles));
        }
        return new CoverageSettings(root(session).getArtifactId() + " (reactor)",
                root(session).getBasedir().toPath(), classes, sources, execFiles, module.rules(),
                module.classExcludes(), module.excludedAnnotations(), failOnMissingData);
    }
}
