package dev.devflow.changelog;

import java.time.LocalDate;
import java.util.Optional;

/** {@code date}: every release has a date, {@code YYYY-MM-DD}, a real day, not in the future. */
final class DateRule implements ChangelogRule {

    @Override
    public String id() {
        return "date";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            if (release.unreleased()) {
                continue;
            }
            Optional<LocalDate> date = release.date();
            if (release.dateText() == null) {
                review.error(release.line(), "release " + release.name() + " has no date; write '## ["
                        + release.name() + "] - YYYY-MM-DD'.");
            } else if (date.isEmpty()) {
                review.error(release.line(), "'" + release.dateText() + "' is not a date of the form YYYY-MM-DD"
                        + " that exists.");
            } else if (date.get().isAfter(review.today())) {
                review.error(release.line(), "release " + release.name() + " is dated " + date.get()
                        + ", in the future (today is " + review.today() + ").");
            }
        }
    }
}
