package dev.devflow.changelog;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Location;
import dev.devflow.gate.Severity;
import dev.devflow.version.SemVer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule sees while it checks: the changelog, the releases it is asked to check (those
 * not older than {@code since}), today's date, and where its findings go.
 */
final class ChangelogReview {

    private static final Pattern LEGACY_VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private final Changelog changelog;
    private final String path;
    private final LocalDate today;
    private final List<Release> checked;
    private final List<Finding> findings = new ArrayList<>();
    private String rule;

    ChangelogReview(Changelog changelog, String path, LocalDate today, SemVer since) {
        this.changelog = changelog;
        this.path = path;
        this.today = today;
        this.checked = checkedReleases(changelog.releases(), since);
    }

    /** The releases above the first one older than {@code since}; all when it is null. */
    private static List<Release> checkedReleases(List<Release> releases, SemVer since) {
        if (since == null) {
            return releases;
        }
        List<Release> checked = new ArrayList<>();
        for (Release release : releases) {
            if (ChangelogReview.leniently(release).map(v -> v.compareTo(since) < 0).orElse(false)) {
                break;
            }
            checked.add(release);
        }
        return checked;
    }

    /** The version of a heading, also for legacy forms such as {@code 1.0} (read as 1.0.0). */
    static Optional<SemVer> leniently(Release release) {
        if (release.unreleased()) {
            return Optional.empty();
        }
        Matcher m = LEGACY_VERSION.matcher(release.name());
        if (release.version().isPresent() || !m.lookingAt()) {
            return release.version();
        }
        return Optional.of(SemVer.of(Integer.parseInt(m.group(1)),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    Changelog changelog() {
        return changelog;
    }

    /** The releases to check, top to bottom, {@code [Unreleased]} included. */
    List<Release> releases() {
        return checked;
    }

    LocalDate today() {
        return today;
    }

    void start(String ruleId) {
        this.rule = ruleId;
    }

    void error(int line, String message) {
        add(Severity.ERROR, line, message);
    }

    void warning(int line, String message) {
        add(Severity.WARNING, line, message);
    }

    private void add(Severity severity, int line, String message) {
        Location location = line > 0 ? Location.ofLine(path, line) : Location.ofFile(path);
        findings.add(new Finding("changelog." + rule, severity, message, location));
    }

    List<Finding> findings() {
        return findings;
    }
}
