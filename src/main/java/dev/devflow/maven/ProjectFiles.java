package dev.devflow.maven;

import dev.devflow.gate.Location;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.InputLocation;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the files a module's gates read, and names places in them as users see them. */
final class ProjectFiles {

    private static final String CHANGELOG = "CHANGELOG.md";

    private ProjectFiles() {
    }

    /**
     * The configured changelog, or CHANGELOG.md in the module's folder or the nearest folder
     * above it up to the reactor's root, so modules of a multi-module build share the root's.
     */
    static Path changelog(MavenSession session, MavenProject project, File configured) {
        if (configured != null) {
            return configured.toPath();
        }
        Path root = root(session);
        Path dir = project.getBasedir().toPath().toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve(CHANGELOG);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (!dir.startsWith(root) || dir.equals(root)) {
                break;
            }
            dir = dir.getParent();
        }
        return project.getBasedir().toPath().resolve(CHANGELOG);
    }

    /**
     * The changelog a goal was configured with: {@code changelogFile}, else the deprecated
     * {@code file} (the changelog goal's old name for it, said in the log), else null.
     */
    static File configuredChangelog(File changelogFile, File deprecatedFile, Log log) {
        if (changelogFile == null && deprecatedFile != null) {
            log.warn("devflow: the parameter <file> is deprecated; name the changelog <changelogFile>, which the"
                    + " changelog, version and release goals all read.");
            return deprecatedFile;
        }
        return changelogFile;
    }

    /**
     * The tag pattern: a goal's {@code tagPattern} (property {@code devflow.tagPattern}), or the
     * value of the goal's old property, which still works and is named as deprecated in the log.
     */
    static String tagPattern(MavenSession session, String configured, String oldProperty, Log log) {
        String old = session.getUserProperties().getProperty(oldProperty);
        if (old == null || session.getUserProperties().getProperty(ParameterNames.TAG_PATTERN) != null) {
            return configured;
        }
        log.warn("devflow: the property " + oldProperty + " is deprecated; set " + ParameterNames.TAG_PATTERN
                + ", which the version and release goals both read.");
        return old;
    }

    static Path root(MavenSession session) {
        return session.getTopLevelProject().getBasedir().toPath().toAbsolutePath();
    }

    /** {@code path} relative to the reactor's root, with forward slashes. */
    static String display(MavenSession session, Path path) {
        return Location.pathOf(root(session), path.toAbsolutePath());
    }

    /** Where a pom element is, as {@code pom.xml:12}; the project's pom when Maven did not track it. */
    static Location locate(MavenSession session, MavenProject project, InputLocation location) {
        if (location == null || location.getLineNumber() <= 0) {
            return Location.ofFile(display(session, project.getFile().toPath()));
        }
        Path file = sourceFile(location).orElse(project.getFile().toPath());
        return Location.ofLine(display(session, file), location.getLineNumber());
    }

    /** The pom a model element was read from, when Maven tracked it. */
    static java.util.Optional<Path> sourceFile(InputLocation location) {
        if (location == null || location.getSource() == null || location.getSource().getLocation() == null) {
            return java.util.Optional.empty();
        }
        String source = location.getSource().getLocation();
        // Maven 3 gives a file path, Maven 4 a file: URI
        return java.util.Optional.of(source.startsWith("file:") ? Path.of(URI.create(source)) : Path.of(source));
    }
}
