package dev.devflow.changelog;

import java.util.Optional;

/** {@code unreleased}: an {@code ## [Unreleased]} section exists and is the first release heading. */
final class UnreleasedRule implements ChangelogRule {

    @Override
    public String id() {
        return "unreleased";
    }

    @Override
    public void check(ChangelogReview review) {
        Changelog changelog = review.changelog();
        Optional<Release> unreleased = changelog.unreleased();
        if (unreleased.isEmpty()) {
            int line = changelog.releases().isEmpty() ? changelog.titleLine() : changelog.releases().get(0).line();
            review.error(line, "there is no '## [Unreleased]' section; add one above the first release,"
                    + " to collect the changes not yet released.");
            return;
        }
        Release section = unreleased.get();
        if (changelog.releases().get(0) != section) {
            review.error(section.line(), "'[Unreleased]' must be the first section, above "
                    + changelog.releases().get(0).name() + ".");
        }
        if (!section.bracketed() || !section.name().equals("Unreleased")) {
            review.warning(section.line(), "write the heading as '## [Unreleased]'.");
        }
    }
}
