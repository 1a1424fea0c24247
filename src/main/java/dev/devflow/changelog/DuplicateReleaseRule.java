package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.util.HashMap;
import java.util.Map;

/** {@code duplicate-release}: no version appears twice (a release pasted twice). */
final class DuplicateReleaseRule implements ChangelogRule {

    @Override
    public String id() {
        return "duplicate-release";
    }

    @Override
    public void check(ChangelogReview review) {
        Map<String, Release> seen = new HashMap<>();
        for (Release release : review.changelog().releases()) {
            String key = release.unreleased() ? "unreleased"
                    : release.version().map(SemVer::toString).orElse(release.name());
            Release first = seen.putIfAbsent(key, release);
            if (first != null && review.releases().contains(release)) {
                review.error(release.line(), "release " + release.name() + " appears twice, first at line "
                        + first.line() + "; merge the two.");
            }
        }
    }
}
