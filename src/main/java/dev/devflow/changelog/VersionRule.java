package dev.devflow.changelog;

/** {@code version}: every release heading has a SemVer 2.0.0 version, written {@code [X.Y.Z]}. */
final class VersionRule implements ChangelogRule {

    @Override
    public String id() {
        return "version";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            if (release.unreleased()) {
                continue;
            }
            if (release.version().isEmpty()) {
                review.error(release.line(), "'" + release.name() + "' is not a Semantic Versioning 2.0.0 version"
                        + " (MAJOR.MINOR.PATCH, such as 1.4.0 or 2.0.0-rc.1).");
                continue;
            }
            if (release.vPrefix()) {
                review.warning(release.line(), "write the version without 'v': [" + release.name() + "].");
            }
            if (!release.bracketed()) {
                review.warning(release.line(), "write the version in brackets, as a link: [" + release.name() + "].");
            } else if (release.inlineUrl() != null) {
                review.warning(release.line(), "the heading has an inline link; Keep a Changelog puts the link"
                        + " in a reference at the bottom: [" + release.name() + "]: <url>.");
            }
        }
    }
}
