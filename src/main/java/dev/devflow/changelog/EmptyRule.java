package dev.devflow.changelog;

/**
 * {@code empty}: no release without changes and no group heading without entries. A release
 * written as prose without groups (old releases often are), and a change group written as
 * prose rather than list items, are tolerated.
 */
final class EmptyRule implements ChangelogRule {

    @Override
    public String id() {
        return "empty";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            for (Section section : release.sections()) {
                if (section.entries().isEmpty() && section.proseLines() == 0) {
                    review.error(section.line(), "'### " + section.name() + "' has no entries; add one or remove"
                            + " the heading.");
                } else if (section.entries().isEmpty() && section.type() != null) {
                    review.warning(section.line(), "'### " + section.name() + "' has text but no list entries;"
                            + " write each change as '- …'.");
                }
            }
            if (release.unreleased()) {
                continue;
            }
            if (release.isEmpty() && release.sections().isEmpty()) {
                review.error(release.line(), "release " + release.name() + " lists no changes.");
            } else if (release.sections().isEmpty()) {
                review.warning(release.line(), "release " + release.name() + " is written without ### change"
                        + " groups (Added, Fixed, …).");
            }
        }
    }
}
