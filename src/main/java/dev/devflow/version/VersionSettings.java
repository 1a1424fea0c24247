package dev.devflow.version;

import dev.devflow.changelog.Changelog;
import dev.devflow.gate.Location;

import java.util.List;

/**
 * What the version gate holds against each other: the project's version, the reactor's
 * versions, the changelog's releases and the git tags.
 *
 * @param version            the project version, CI-friendly properties already resolved
 * @param versionAt          where it is written (pom and line)
 * @param modules            every reactor module's version
 * @param independentModules modules may have versions of their own
 * @param changelog          the parsed changelog, or null when there is none
 * @param tags               the repository's tag names, or null when git could not be read
 * @param gitProblem         why git could not be read, or null
 * @param failOnGitProblem   whether that fails the gate (true) or warns
 * @param tagPattern         how a release is tagged, {@code {version}} standing for the version
 * @param snapshots          SNAPSHOT dependencies, plugins and parent, each with where it is
 */
public record VersionSettings(String version, Location versionAt, List<ModuleVersion> modules,
                              boolean independentModules, Changelog changelog, List<String> tags,
                              String gitProblem, boolean failOnGitProblem, String tagPattern,
                              List<SnapshotReference> snapshots) {

    public static final String DEFAULT_TAG_PATTERN = "v{version}";

    public VersionSettings {
        modules = List.copyOf(modules);
        tags = tags == null ? null : List.copyOf(tags);
        snapshots = List.copyOf(snapshots);
    }

    /** A module of the reactor and its version. */
    public record ModuleVersion(String module, String version, Location at) {
    }

    /** A SNAPSHOT a release must not depend on ({@code dependency com.acme:lib:1.0-SNAPSHOT}). */
    public record SnapshotReference(String what, Location at) {
    }
}
