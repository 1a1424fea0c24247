package dev.devflow.changelog;

/** {@code heading}: every level-two heading is a release or {@code [Unreleased]}. */
final class HeadingRule implements ChangelogRule {

    @Override
    public String id() {
        return "heading";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Line heading : review.changelog().otherHeadings()) {
            review.error(heading.number(), "'" + heading.content() + "' is not a release heading; level-two"
                    + " headings are '## [X.Y.Z] - YYYY-MM-DD' or '## [Unreleased]' (use ### or plain text for"
                    + " other titles).");
        }
    }
}
