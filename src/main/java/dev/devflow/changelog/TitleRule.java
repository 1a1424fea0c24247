package dev.devflow.changelog;

/** {@code title}: the file starts with a title, {@code # Changelog} by the format. */
final class TitleRule implements ChangelogRule {

    @Override
    public String id() {
        return "title";
    }

    @Override
    public void check(ChangelogReview review) {
        Changelog changelog = review.changelog();
        if (changelog.titleLine() == 0) {
            review.error(1, "the changelog has no title; start it with '# Changelog'.");
        } else if (!changelog.title().equals("Changelog")) {
            review.warning(changelog.titleLine(), "the title is '" + changelog.title()
                    + "'; Keep a Changelog uses '# Changelog'.");
        }
    }
}
