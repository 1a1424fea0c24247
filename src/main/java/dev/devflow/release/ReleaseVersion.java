package dev.devflow.release;

import dev.devflow.version.SemVer;

/**
 * The version a release gets, and why, in one sentence the plan prints.
 *
 * @param version the release version, never a snapshot
 * @param reason  what decided it: {@code minor bump from 1.2.0: 'Added' entry at CHANGELOG.md:12 (…)}
 */
public record ReleaseVersion(SemVer version, String reason) {

    /**
     * The version the project carries after the release: the next patch as a snapshot, the
     * smallest step, since the next release's changes are not known yet and the bump of that
     * release will move it further. After a pre-release, development continues towards its
     * release: {@code 2.0.0-rc.1} is followed by {@code 2.0.0-SNAPSHOT}.
     */
    public SemVer nextDevelopmentVersion() {
        SemVer next = version.isPreRelease() ? version.core() : version.nextPatch();
        return next.asSnapshot();
    }
}
