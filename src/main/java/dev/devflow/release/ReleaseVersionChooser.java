package dev.devflow.release;

import dev.devflow.changelog.Changelog;
import dev.devflow.changelog.Entry;
import dev.devflow.changelog.Release;
import dev.devflow.changelog.Section;
import dev.devflow.version.SemVer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the release version: the one given, or one derived from what {@code [Unreleased]}
 * says changed.
 *
 * <p>Derived, the version is the last release in the changelog (the highest version, so that
 * maintenance releases listed by date do not count as the latest; 0.0.0 when there is none)
 * moved by the largest change: an entry marked {@code BREAKING} is major, otherwise its group
 * decides by {@link #DEFAULT_BUMPS}, which a project may override. Changed is minor, not major
 * as in some other tools, because most "changed" entries are changes in behaviour users asked
 * for, and a project that means otherwise says {@code BREAKING} or maps Changed to major.
 * Below 1.0.0 a major change is a minor bump, as SemVer's "anything may change" range is used.
 *
 * <p>Then the project version is heard: a Maven project at {@code 1.3.0-SNAPSHOT} has said that
 * its next release is at least 1.3.0, so when that is above the bump (a fix-only release after
 * 1.2.0 in a project already at 1.3.0-SNAPSHOT), the project version wins and the reason says
 * so. A bump above the snapshot wins too: the changes decide, not a number set by hand earlier.
 */
public final class ReleaseVersionChooser {

    /** Which group of Keep a Changelog moves the version how far. */
    public static final Map<String, Bump> DEFAULT_BUMPS = Map.of("Added", Bump.MINOR, "Changed", Bump.MINOR,
            "Deprecated", Bump.MINOR, "Removed", Bump.MAJOR, "Fixed", Bump.PATCH, "Security", Bump.PATCH);

    private static final String PROPERTY = "devflow.release.version";
    private static final int QUOTED_LENGTH = 60;

    private final Map<String, Bump> bumps = new LinkedHashMap<>();
    private final String displayPath;

    /**
     * @param overrides   group name (any case, such as {@code Changed} or {@code Breaking changes})
     *                    to bump, over {@link #DEFAULT_BUMPS}
     * @param displayPath how the changelog is named in reasons and failures ({@code CHANGELOG.md})
     */
    public ReleaseVersionChooser(Map<String, Bump> overrides, String displayPath) {
        DEFAULT_BUMPS.forEach((group, bump) -> bumps.put(group.toLowerCase(Locale.ROOT), bump));
        overrides.forEach((group, bump) -> bumps.put(group.trim().toLowerCase(Locale.ROOT), bump));
        this.displayPath = displayPath;
    }

    /**
     * @param projectVersion  the project's version ({@code 1.3.0-SNAPSHOT}); unused when a version is given
     * @param explicitVersion the version the user gave, or null or blank to derive it
     */
    public ReleaseVersion choose(Changelog changelog, String projectVersion, String explicitVersion)
            throws ReleaseFailure {
        Release unreleased = unreleased(changelog);
        Optional<Release> last = lastRelease(changelog);
        if (explicitVersion != null && !explicitVersion.isBlank()) {
            return given(explicitVersion.trim(), last);
        }
        Decision decision = decide(unreleased);
        SemVer base = last.flatMap(Release::version).orElse(SemVer.of(0, 0, 0));
        Bump bump = decision.bump == Bump.MAJOR && base.major() == 0 ? Bump.MINOR : decision.bump;
        SemVer bumped = bump.apply(base);
        String reason = bump.label() + " bump from " + base + (last.isEmpty() ? " (no release in " + displayPath
                + " yet)" : "") + (bump != decision.bump ? ", as a major change below 1.0.0" : "") + ": "
                + decision.describe(displayPath);
        SemVer project = projectVersion(projectVersion).withoutSnapshot();
        if (project.compareTo(bumped) > 0) {
            return new ReleaseVersion(project, project + " from the project version " + projectVersion
                    + ", above " + bumped + " (" + reason + ")");
        }
        return new ReleaseVersion(bumped, reason);
    }

    private Release unreleased(Changelog changelog) throws ReleaseFailure {
        Release unreleased = changelog.unreleased().orElseThrow(() -> new ReleaseFailure(ReleaseStep.VERSION,
                displayPath + " has no '## [Unreleased]' section, so there is nothing to release.",
                "add '## [Unreleased]' above the first release and list the changes under it."));
        if (unreleased.isEmpty()) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "'[Unreleased]' at " + at(unreleased.line())
                    + " is empty, so there is nothing to release.",
                    "list what changed under ### Added, Changed, Fixed, … and run the release again.");
        }
        return unreleased;
    }

    /** The highest version released, which a new version must be above. */
    private static Optional<Release> lastRelease(Changelog changelog) {
        return changelog.versions().stream().filter(r -> r.version().isPresent())
                .max((a, b) -> a.version().get().compareTo(b.version().get()));
    }

    private ReleaseVersion given(String text, Optional<Release> last) throws ReleaseFailure {
        SemVer version = SemVer.parse(text).orElseThrow(() -> new ReleaseFailure(ReleaseStep.VERSION,
                "'" + text + "' given as " + PROPERTY + " is not a Semantic Versioning 2.0.0 version.",
                "give MAJOR.MINOR.PATCH without 'v', such as 1.4.0 or 2.0.0-rc.1."));
        if (version.isSnapshot()) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "'" + text + "' given as " + PROPERTY
                    + " is a development version, not a release.", "give " + version.withoutSnapshot() + ".");
        }
        if (last.isPresent() && version.compareTo(last.get().version().orElseThrow()) <= 0) {
            Release release = last.get();
            throw new ReleaseFailure(ReleaseStep.VERSION, text + " given as " + PROPERTY + " is not greater than "
                    + release.name() + ", the last release in " + at(release.line()) + ".",
                    "give a version above " + release.name() + ", or leave " + PROPERTY
                            + " unset to derive it from [Unreleased].");
        }
        return new ReleaseVersion(version, "given as " + PROPERTY + "=" + text);
    }

    private SemVer projectVersion(String text) throws ReleaseFailure {
        return SemVer.parse(text).orElseThrow(() -> new ReleaseFailure(ReleaseStep.VERSION, "the project version '"
                + text + "' is not a Semantic Versioning 2.0.0 version, so the release version cannot be"
                + " compared with it.", "set the project version to MAJOR.MINOR.PATCH-SNAPSHOT (such as"
                + " 1.0.0-SNAPSHOT), or give the release version as -D" + PROPERTY + "=X.Y.Z."));
    }

    /** The largest change; of equals, the first in the file, which is the one a reader sees first. */
    private Decision decide(Release unreleased) throws ReleaseFailure {
        Decision largest = null;
        for (Decision decision : decisions(unreleased)) {
            if (largest == null || decision.bump.compareTo(largest.bump) < 0) {
                largest = decision;
            }
        }
        if (largest == null) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "'[Unreleased]' at " + at(unreleased.line())
                    + " has text but no entries, so no change decides the version.",
                    "write each change as '- …' under ### Added, Changed, Fixed, …, or give the version as -D"
                            + PROPERTY + "=X.Y.Z.");
        }
        return largest;
    }

    private List<Decision> decisions(Release unreleased) throws ReleaseFailure {
        List<Decision> decisions = new java.util.ArrayList<>();
        for (Entry entry : unreleased.looseEntries()) {
            decisions.add(decision(null, entry));
        }
        for (Section section : unreleased.sections()) {
            for (Entry entry : section.entries()) {
                decisions.add(decision(section, entry));
            }
        }
        return decisions;
    }

    private Decision decision(Section section, Entry entry) throws ReleaseFailure {
        if (entry.isBreaking()) {
            return new Decision(Bump.MAJOR, "entry marked BREAKING", entry);
        }
        if (section == null) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "the entry at " + at(entry.line())
                    + " is under no ### group, so it does not say how far it moves the version.",
                    "put it under ### Added, Changed, Fixed, …, mark it BREAKING, or give the version as -D"
                            + PROPERTY + "=X.Y.Z.");
        }
        String group = section.type() != null ? section.type() : section.name();
        Bump bump = bumps.get(group.toLowerCase(Locale.ROOT));
        if (bump == null) {
            throw new ReleaseFailure(ReleaseStep.VERSION, "'### " + section.name() + "' at " + at(section.line())
                    + " is not a change type, so its entries do not say how far they move the version.",
                    "rename it to one of " + String.join(", ", Section.TYPES) + ", map it to a bump in the"
                            + " release configuration, or give the version as -D" + PROPERTY + "=X.Y.Z.");
        }
        return new Decision(bump, "'" + group + "' entry", entry);
    }

    private String at(int line) {
        return displayPath + ":" + line;
    }

    /** One entry's bump, and how the reason names it. */
    private record Decision(Bump bump, String kind, Entry entry) {

        String describe(String displayPath) {
            String text = entry.text();
            String quoted = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH - 3) + "..." : text;
            return kind + " at " + displayPath + ":" + entry.line() + " (" + quoted + ")";
        }
    }
}
