package dev.devflow.release;

import dev.devflow.release.pom.ArtifactKey;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a release needs from the build: the files, the versions asked for, the git
 * settings and what the build found that keeps the project from being released.
 *
 * @param changelogFile      the changelog whose {@code [Unreleased]} is rolled
 * @param poms               every pom of the reactor
 * @param reactor            the reactor's artifacts: their versions in other poms move along
 * @param projectVersion     the version the poms carry now ({@code 1.3.0-SNAPSHOT})
 * @param version            the release version asked for; empty: derived from the changelog
 * @param developmentVersion the version after the release; empty: the next patch SNAPSHOT
 * @param bumps              changes to which change type bumps what
 * @param tagPattern         the tag's name, {@code {version}} standing for the version ({@code v{version}})
 * @param git                branch, remote, push and fetch; its tag name is filled in by the release
 * @param noVerify           skip the repository's commit hooks
 * @param buildProblems      what the build found: SNAPSHOT dependencies, a failing changelog gate
 * @param releaseNotes       where the release notes are written ({@code target/devflow/release-notes.md})
 * @param today              the release date
 * @param outputTimestamp    the value for {@code project.build.outputTimestamp} where a pom sets it
 * @param verifiedFiles      files the verify build rewrites and the release commits with its edits
 *                           ({@code .devflow/baseline.json}, refreshed on the release state)
 */
public record ReleaseSettings(Path changelogFile, List<Path> poms, Set<ArtifactKey> reactor, String projectVersion,
                              Optional<String> version, Optional<String> developmentVersion, Map<String, Bump> bumps,
                              String tagPattern, ReleaseGitSettings git, boolean noVerify,
                              List<ReadinessProblem> buildProblems, Path releaseNotes, LocalDate today,
                              Optional<String> outputTimestamp, List<Path> verifiedFiles) {

    /** The version gate's: the tags the release makes are the tags the version gate reads. */
    public static final String DEFAULT_TAG_PATTERN = dev.devflow.version.VersionSettings.DEFAULT_TAG_PATTERN;

    public ReleaseSettings {
        poms = List.copyOf(poms);
        reactor = Set.copyOf(reactor);
        bumps = Map.copyOf(bumps);
        buildProblems = List.copyOf(buildProblems);
        verifiedFiles = List.copyOf(verifiedFiles);
    }

    /** Without files that the verify build rewrites. */
    public ReleaseSettings(Path changelogFile, List<Path> poms, Set<ArtifactKey> reactor, String projectVersion,
                           Optional<String> version, Optional<String> developmentVersion, Map<String, Bump> bumps,
                           String tagPattern, ReleaseGitSettings git, boolean noVerify,
                           List<ReadinessProblem> buildProblems, Path releaseNotes, LocalDate today,
                           Optional<String> outputTimestamp) {
        this(changelogFile, poms, reactor, projectVersion, version, developmentVersion, bumps, tagPattern, git, noVerify,
                buildProblems, releaseNotes, today, outputTimestamp, List.of());
    }

    String tagOf(Object version) {
        return tagPattern.replace("{version}", version.toString());
    }

    /** What the tag pattern puts before the version ({@code v}), for compare links that name no tag yet. */
    String tagPrefix() {
        int at = tagPattern.indexOf("{version}");
        return at < 0 ? "" : tagPattern.substring(0, at);
    }
}
