package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code order}: latest release first. Judged by date (an error when dates increase
 * downwards), because maintenance releases of an older line are rightly listed by date between
 * newer ones; a version out of SemVer order whose dates are in order is only a warning.
 */
final class OrderRule implements ChangelogRule {

    @Override
    public String id() {
        return "order";
    }

    @Override
    public void check(ChangelogReview review) {
        List<Release> releases = review.releases().stream().filter(r -> !r.unreleased()).toList();
        for (int i = 1; i < releases.size(); i++) {
            Release above = releases.get(i - 1);
            Release below = releases.get(i);
            Optional<LocalDate> aboveDate = above.date();
            Optional<LocalDate> belowDate = below.date();
            if (aboveDate.isPresent() && belowDate.isPresent() && belowDate.get().isAfter(aboveDate.get())) {
                review.error(below.line(), "release " + below.name() + " (" + belowDate.get() + ") is newer than "
                        + above.name() + " (" + aboveDate.get() + ") above it; list the latest release first.");
                continue;
            }
            Optional<SemVer> aboveVersion = above.version();
            Optional<SemVer> belowVersion = below.version();
            if (aboveVersion.isPresent() && belowVersion.isPresent()
                    && belowVersion.get().compareTo(aboveVersion.get()) > 0) {
                review.warning(below.line(), "version " + below.name() + " is higher than " + above.name()
                        + " above it; fine for a maintenance release listed by date, otherwise reorder.");
            }
        }
    }
}
