package dev.devflow.changelog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code [Unreleased]} link reference says about the repository: where its compare
 * pages are, the commit or tag it compares from, and the branch it compares to. Two forms are
 * understood, GitHub's and GitLab's, which Gitea and Forgejo share:
 * {@code <repo>/compare/<from>...<head>} and, before a first release, {@code <repo>/commits/<head>}
 * (GitLab puts {@code /-} before both).
 *
 * @param repository the repository URL ending before {@code compare/}, with {@code -/} on GitLab
 * @param from       the tag or commit compared from, or null for a {@code commits} link
 * @param head       the branch or {@code HEAD} compared to
 */
record UnreleasedLink(String repository, String from, String head) {

    private static final Pattern COMPARE = Pattern.compile("^(.+/)compare/(.+?)\\.\\.\\.?([^.].*)$");
    private static final Pattern COMMITS = Pattern.compile("^(.+/)commits/([^/]+)/?$");
    /** A tag that is a version, split into prefix ({@code v}, {@code release-}, none) and version. */
    private static final Pattern TAG = Pattern.compile("^(.*?)(\\d+\\.\\d+\\.\\d+\\S*)$");

    static Optional<UnreleasedLink> parse(String url) {
        Matcher compare = COMPARE.matcher(url);
        if (compare.matches()) {
            return Optional.of(new UnreleasedLink(compare.group(1), compare.group(2), compare.group(3)));
        }
        Matcher commits = COMMITS.matcher(url);
        if (commits.matches()) {
            return Optional.of(new UnreleasedLink(commits.group(1), null, commits.group(2)));
        }
        return Optional.empty();
    }

    /** The tag prefix the link's own tag shows, so new links match the tags the project has. */
    Optional<String> tagPrefix() {
        if (from == null) {
            return Optional.empty();
        }
        Matcher tag = TAG.matcher(from);
        return tag.matches() ? Optional.of(tag.group(1)) : Optional.empty();
    }

    /** The compare page between two refs; three dots, the form Keep a Changelog writes. */
    String compare(String base, String target) {
        return repository + "compare/" + base + "..." + target;
    }

    /**
     * The page of one tag, for a first release, which has nothing to compare with:
     * {@code <repo>/-/tags/<tag>} on GitLab, {@code <repo>/releases/tag/<tag>} elsewhere.
     */
    String tag(String tag) {
        return repository.endsWith("/-/") ? repository + "tags/" + tag : repository + "releases/tag/" + tag;
    }
}
