package dev.devflow.release;

import dev.devflow.version.SemVer;

/** How far a change moves the version, largest first so that the largest sorts first. */
public enum Bump {
    MAJOR, MINOR, PATCH;

    /**
     * The version after {@code base}. A pre-release base is first completed, as npm's semver does:
     * the changes since {@code 2.0.0-rc.1} are released as {@code 2.0.0} when that is bump enough,
     * not as {@code 2.0.1}.
     */
    public SemVer apply(SemVer base) {
        SemVer core = base.core();
        if (base.isPreRelease() && reachedBy(core)) {
            return core;
        }
        return switch (this) {
            case MAJOR -> core.nextMajor();
            case MINOR -> core.nextMinor();
            case PATCH -> core.nextPatch();
        };
    }

    /** Whether completing a pre-release to {@code core} is already this big a step. */
    private boolean reachedBy(SemVer core) {
        return switch (this) {
            case MAJOR -> core.minor() == 0 && core.patch() == 0;
            case MINOR -> core.patch() == 0;
            case PATCH -> true;
        };
    }

    /** The lower-case name the plan prints: {@code minor}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
