package dev.devflow.changelog;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code compare-links}: each release's compare link goes from the release below it to itself
 * ({@code v1.1.0...v1.2.0}), and {@code [Unreleased]} from the latest release to {@code HEAD};
 * two-dot links are tolerated.
 */
final class CompareLinksRule implements ChangelogRule {

    private static final Pattern COMPARE = Pattern.compile("/compare/(.+?)(\\.\\.\\.?)([^.].*)$");

    @Override
    public String id() {
        return "compare-links";
    }

    @Override
    public void check(ChangelogReview review) {
        List<Release> releases = review.changelog().releases();
        for (int i = 0; i < releases.size(); i++) {
            Release release = releases.get(i);
            Optional<LinkReference> link = review.changelog().link(release.linkLabel());
            if (link.isEmpty() || !review.releases().contains(release)) {
                continue;
            }
            Matcher compare = COMPARE.matcher(link.get().url());
            if (!compare.find()) {
                continue; // a tag link, usual for the first release
            }
            if (compare.group(2).equals("..")) {
                review.warning(link.get().line(), "[" + link.get().label() + "] uses a two-dot compare link;"
                        + " write '" + compare.group(1) + "..." + compare.group(3) + "'.");
            }
            Release below = i + 1 < releases.size() ? releases.get(i + 1) : null;
            check(review, link.get(), release, below, compare.group(1), compare.group(3));
        }
    }

    private static void check(ChangelogReview review, LinkReference link, Release release, Release below,
                              String from, String to) {
        String prefix = below != null && from.endsWith(below.name())
                ? from.substring(0, from.length() - below.name().length())
                : !release.unreleased() && to.endsWith(release.name())
                ? to.substring(0, to.length() - release.name().length()) : "v";
        String expectedTo = release.unreleased() ? "HEAD" : prefix + release.name();
        String expectedFrom = below == null ? from : prefix + below.name();
        if (!from.equals(expectedFrom) || !to.equals(expectedTo)) {
            review.error(link.line(), "[" + link.label() + "] compares " + from + "..." + to
                    + ", but should compare " + expectedFrom + "..." + expectedTo + ".");
        }
    }
}
