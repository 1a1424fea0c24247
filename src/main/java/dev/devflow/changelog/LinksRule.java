package dev.devflow.changelog;

import dev.devflow.version.SemVer;

/**
 * {@code links}: once a changelog links its headings (one release has a link reference),
 * every bracketed heading has its link reference; no reference for a release is left without its heading; links use https. A
 * changelog without any link reference (a project without a public repository yet) is not
 * asked for them.
 */
final class LinksRule implements ChangelogRule {

    @Override
    public String id() {
        return "links";
    }

    @Override
    public void check(ChangelogReview review) {
        Changelog changelog = review.changelog();
        boolean linksHeadings = changelog.releases().stream().anyMatch(r -> changelog.link(r.linkLabel()).isPresent());
        for (Release release : linksHeadings ? review.releases() : java.util.List.<Release>of()) {
            if (release.bracketed() && release.inlineUrl() == null && changelog.link(release.linkLabel()).isEmpty()) {
                review.error(release.line(), "[" + release.linkLabel() + "] has no link reference; add '["
                        + release.linkLabel() + "]: <compare or tag URL>' at the bottom.");
            }
        }
        for (LinkReference link : changelog.links()) {
            if (isReleaseLabel(link.label()) && changelog.releases().stream()
                    .noneMatch(r -> r.linkLabel().equalsIgnoreCase(link.label()))) {
                review.error(link.line(), "link reference [" + link.label() + "] belongs to no heading; remove it"
                        + " or add the release.");
            }
            if (link.url().startsWith("http://")) {
                review.warning(link.line(), "link [" + link.label() + "] uses http; use https.");
            }
        }
    }

    private static boolean isReleaseLabel(String label) {
        String name = label.startsWith("v") || label.startsWith("V") ? label.substring(1) : label;
        return label.equalsIgnoreCase("unreleased") || SemVer.parse(name).isPresent();
    }
}
