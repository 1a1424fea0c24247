package dev.devflow.maven;

import dev.devflow.version.VersionSettings.SnapshotReference;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.List;

/** A module's SNAPSHOT parent, dependencies and build plugins, each with the pom line naming it. */
final class SnapshotReferences {

    private SnapshotReferences() {
    }

    static List<SnapshotReference> of(MavenSession session, MavenProject project) {
        List<SnapshotReference> snapshots = new ArrayList<>();
        Parent parent = project.getModel().getParent();
        if (parent != null && parent.getVersion().endsWith("-SNAPSHOT") && !inReactor(session, parent.getGroupId(),
                parent.getArtifactId())) {
            snapshots.add(new SnapshotReference("parent " + parent.getId(),
                    ProjectFiles.locate(session, project, parent.getLocation("version"))));
        }
        for (Dependency d : project.getDependencies()) {
            if (d.getVersion() != null && d.getVersion().endsWith("-SNAPSHOT")
                    && !inReactor(session, d.getGroupId(), d.getArtifactId())) {
                snapshots.add(new SnapshotReference("dependency " + d.getGroupId() + ":" + d.getArtifactId() + ":"
                        + d.getVersion(), ProjectFiles.locate(session, project, d.getLocation("version"))));
            }
        }
        for (Plugin p : project.getBuildPlugins()) {
            if (p.getVersion() != null && p.getVersion().endsWith("-SNAPSHOT")
                    && !inReactor(session, p.getGroupId(), p.getArtifactId())) {
                snapshots.add(new SnapshotReference("plugin " + p.getKey() + ":" + p.getVersion(),
                        ProjectFiles.locate(session, project, p.getLocation("version"))));
            }
        }
        return snapshots;
    }

    /** A SNAPSHOT of a module of this build is released with it, so it is no outside SNAPSHOT. */
    private static boolean inReactor(MavenSession session, String groupId, String artifactId) {
        return session.getProjects().stream()
                .anyMatch(p -> p.getGroupId().equals(groupId) && p.getArtifactId().equals(artifactId));
    }
}
