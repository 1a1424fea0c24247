package dev.devflow.changelog;

/** {@code separator}: version and date are separated by ' - ' in every heading, as in the format. */
final class SeparatorRule implements ChangelogRule {

    @Override
    public String id() {
        return "separator";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            if (release.separator() != null && !release.separator().equals("-")) {
                review.warning(release.line(), "separate version and date with ' - ', as the other headings"
                        + " should: ## [" + release.name() + "] - " + release.dateText() + ".");
            }
        }
    }
}
