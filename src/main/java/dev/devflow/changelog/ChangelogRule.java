package dev.devflow.changelog;

/**
 * One check of a changelog, with a stable id that users switch off by and the docs explain
 * (README, "Changelog rules"). A rule reports through the {@link ChangelogReview}; it decides
 * whether each finding is an error or a tolerated form (a warning).
 */
interface ChangelogRule {

    String id();

    void check(ChangelogReview review);
}
