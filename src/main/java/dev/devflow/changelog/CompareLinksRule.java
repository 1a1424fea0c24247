package dev.devflow.changelog;

import dev.devflow.version.SemVer;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code compare-links}: each release's compare link goes from the release it follows to itself
 * ({@code v1.1.0...v1.2.0}), and {@code [Unreleased]} from the latest release to {@code HEAD};
 * two-dot links are tolerated. "The release it follows" is the highest lower version released
 * on or before it, so maintenance lines listed by date are judged right.
 */
final class CompareLinksRule implements ChangelogRule {

    private static final Pattern COMPARE = Pattern.compile("/compare/(.+?)(\\.\\.\\.?)([^.].*)$");
    private static final Pattern TAG = Pattern.compile("^(.*?)v?(\\d+\\.\\d+\\.\\d+\\S*)$");

    @Override
    public String id() {
        return "compare-links";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            Optional<LinkReference> link = review.changelog().link(release.linkLabel());
            if (link.isEmpty()) {
                continue;
            }
            Matcher compare = COMPARE.matcher(link.get().url());
            if (compare.find()) {
                check(review, link.get(), release, compare.group(1), compare.group(2), compare.group(3));
            } // else a tag link, usual for the first release
        }
    }

    private static void check(ChangelogReview review, LinkReference link, Release release, String from, String dots,
                              String to) {
        Optional<Release> base = predecessor(review.changelog().releases(), release);
        if (base.isEmpty()) {
            return;
        }
        String prefix = prefixOf(release.unreleased() ? from : to, from);
        String expectedFrom = prefix + base.get().name();
        String expectedTo = release.unreleased() ? "HEAD" : prefix + release.name();
        if (!from.equals(expectedFrom) || !to.equals(expectedTo)) {
            review.error(link.line(), "[" + link.label() + "] compares " + from + dots + to + ", but should compare "
                    + expectedFrom + "..." + expectedTo + ".");
        } else if (dots.equals("..")) {
            review.warning(link.line(), "[" + link.label() + "] uses a two-dot compare link; write '" + from + "..."
                    + to + "'.");
        }
    }

    /** The tag prefix the project uses ({@code v}, {@code release-}, or none), read off a tag of the link. */
    private static String prefixOf(String tag, String fallback) {
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            m = TAG.matcher(fallback);
        }
        if (!m.matches()) {
            return "";
        }
        String prefix = m.group(1);
        boolean v = tag.length() > prefix.length() && tag.charAt(prefix.length()) == 'v'
                || fallback.length() > prefix.length() && fallback.charAt(prefix.length()) == 'v';
        return v ? prefix + "v" : prefix;
    }

    /** The highest version below this one released on or before it; for [Unreleased], the highest version. */
    static Optional<Release> predecessor(List<Release> releases, Release release) {
        Optional<SemVer> version = release.version();
        if (!release.unreleased() && version.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = release.date();
        return releases.stream()
                .filter(r -> !r.unreleased() && r.version().isPresent() && r != release)
                .filter(r -> release.unreleased() || r.version().get().compareTo(version.get()) < 0)
                .filter(r -> date.isEmpty() || r.date().isEmpty() || !r.date().get().isAfter(date.get()))
                .max(Comparator.comparing(r -> r.version().get()));
    }
}
