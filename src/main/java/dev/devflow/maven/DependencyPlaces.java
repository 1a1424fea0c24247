package dev.devflow.maven;

import dev.devflow.audit.Dependency;
import dev.devflow.gate.Location;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The module's resolved dependencies, each with the chain that brings it in and the pom line to
 * change: the {@code <dependencyManagement>} entry that sets its version (in this pom or a parent
 * in the repository), else the module's {@code <dependency>} it comes through. Maven tracks where
 * each model element was read (input locations), so the line is the one the user wrote.
 */
final class DependencyPlaces {

    private final MavenSession session;
    private final MavenProject project;

    DependencyPlaces(MavenSession session, MavenProject project) {
        this.session = session;
        this.project = project;
    }

    /** The resolved dependencies in {@code scopes}, in Maven's resolution order. */
    List<Dependency> audited(List<String> scopes) {
        List<Dependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            String scope = artifact.getScope() == null ? Artifact.SCOPE_COMPILE : artifact.getScope();
            if (scopes.contains(scope)) {
                dependencies.add(new Dependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
                        scope, path(artifact), place(artifact)));
            }
        }
        return dependencies;
    }

    /** {@code [app, lib-a 1.2, commons-text 1.9]}, from Maven's dependency trail. */
    private List<String> path(Artifact artifact) {
        List<String> path = new ArrayList<>();
        path.add(project.getArtifactId());
        List<String> trail = artifact.getDependencyTrail();
        if (trail == null || trail.size() < 2) {
            path.add(artifact.getArtifactId() + " " + artifact.getBaseVersion());
            return path;
        }
        for (String link : trail.subList(1, trail.size())) {
            String[] parts = link.split(":"); // groupId:artifactId:type[:classifier]:version
            path.add(parts.length >= 4 ? parts[1] + " " + parts[parts.length - 1] : link);
        }
        return path;
    }

    private Location place(Artifact artifact) {
        return managed(artifact).or(() -> direct(artifact)).orElseGet(() -> Location.ofFile(ProjectFiles.display(
                session, project.getFile().toPath())));
    }

    /**
     * The managing entry, when it is what set the resolved version: a version the module writes in
     * its own {@code <dependency>} wins over management, and then the entry is not the line to change.
     */
    private Optional<Location> managed(Artifact artifact) {
        DependencyManagement management = project.getModel().getDependencyManagement();
        if (management == null) {
            return Optional.empty();
        }
        return management.getDependencies().stream()
                .filter(d -> d.getGroupId().equals(artifact.getGroupId()) && d.getArtifactId().equals(artifact.getArtifactId())
                        && artifact.getBaseVersion().equals(d.getVersion()))
                .findFirst().flatMap(d -> inRepository(d.getLocation("")));
    }

    /** The module's own {@code <dependency>} the artifact comes through (itself, or the first link of its trail). */
    private Optional<Location> direct(Artifact artifact) {
        List<String> trail = artifact.getDependencyTrail();
        String through = trail != null && trail.size() >= 2 ? trail.get(1) : artifact.getGroupId() + ":"
                + artifact.getArtifactId();
        String[] parts = through.split(":");
        return project.getModel().getDependencies().stream()
                .filter(d -> parts.length >= 2 && d.getGroupId().equals(parts[0]) && d.getArtifactId().equals(parts[1]))
                .findFirst().flatMap(d -> inRepository(d.getLocation("")));
    }

    /** A line in a pom of this repository; a BOM's or a parent's from the local repository is no place to edit. */
    private Optional<Location> inRepository(InputLocation location) {
        if (location == null || location.getLineNumber() <= 0) {
            return Optional.empty();
        }
        Path root = ProjectFiles.root(session).normalize();
        return ProjectFiles.sourceFile(location).map(file -> file.toAbsolutePath().normalize())
                .filter(file -> file.startsWith(root))
                .map(file -> Location.ofLine(ProjectFiles.display(session, file), location.getLineNumber()));
    }
}
