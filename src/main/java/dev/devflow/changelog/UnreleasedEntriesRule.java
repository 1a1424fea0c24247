package dev.devflow.changelog;

/**
 * {@code unreleased-entries}: when the release is near (a release candidate, or the user asks
 * for it), {@code [Unreleased]} must say what changed.
 */
final class UnreleasedEntriesRule implements ChangelogRule {

    @Override
    public String id() {
        return "unreleased-entries";
    }

    @Override
    public void check(ChangelogReview review) {
        review.changelog().unreleased().filter(u -> u.entries().isEmpty()).ifPresent(u ->
                review.error(u.line(), "'[Unreleased]' has no entries, but the next release needs them;"
                        + " add what changed under ### Added, Changed, Fixed, …"));
    }
}
