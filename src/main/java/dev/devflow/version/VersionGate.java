package dev.devflow.version;

import dev.devflow.changelog.Release;
import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version gate: the project version is SemVer, the same in every module, ahead of the
 * latest release in the changelog and of the latest tag; a release version has its dated
 * changelog section and no SNAPSHOT dependencies.
 */
public final class VersionGate implements Gate {

    public static final String NAME = "version";

    private final VersionSettings settings;
    private final List<Finding> findings = new ArrayList<>();

    public VersionGate(VersionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        Pattern tags = tagRegex(settings.tagPattern());
        Optional<SemVer> parsed = SemVer.parse(settings.version());
        if (parsed.isEmpty()) {
            error("version.semver", settings.versionAt(), "version '" + settings.version() + "' is not Semantic"
                    + " Versioning 2.0.0 (MAJOR.MINOR.PATCH, optionally -SNAPSHOT); write it as, for example, 1.4.0-SNAPSHOT.");
        }
        checkModules();
        Optional<SemVer> latestRelease = latestChangelogRelease();
        Optional<SemVer> latestTag = latestTag(tags);
        parsed.ifPresent(version -> {
            latestRelease.ifPresent(r -> checkAhead(version, r, "the latest release in the changelog", "version.behind-changelog"));
            latestTag.ifPresent(t -> checkAhead(version, t, "the latest tag " + settings.tagPattern()
                    .replace("{version}", t.toString()), "version.behind-tag"));
            if (!version.isSnapshot()) {
                checkRelease(version);
            }
        });
        return result(parsed, latestRelease, latestTag);
    }

    private void checkModules() {
        if (settings.independentModules()) {
            return;
        }
        for (VersionSettings.ModuleVersion module : settings.modules()) {
            if (!module.version().equals(settings.version())) {
                error("version.modules", module.at(), "module " + module.module() + " has version " + module.version()
                        + ", but the project is " + settings.version() + "; give every module the same version"
                        + " (or set devflow.version.independentModules).");
            }
        }
    }

    private void checkAhead(SemVer version, SemVer released, String what, String rule) {
        SemVer intended = version.withoutSnapshot();
        boolean behind = intended.compareTo(released) < 0;
        boolean snapshotOfReleased = version.isSnapshot() && intended.compareTo(released) == 0;
        if (behind || snapshotOfReleased) {
            String next = released.nextPatch().asSnapshot().toString();
            error(rule, settings.versionAt(), "version " + settings.version() + (behind ? " is behind " : " is a"
                    + " SNAPSHOT of ") + what + ", " + released + "; set the version to " + next + ", the next after "
                    + released + " (or a higher one).");
        }
    }

    private void checkRelease(SemVer version) {
        if (settings.changelog() != null) {
            Optional<Release> section = settings.changelog().versions().stream()
                    .filter(r -> r.version().map(v -> v.compareTo(version) == 0).orElse(false)).findFirst();
            if (section.isEmpty()) {
                error("version.release-changelog", settings.versionAt(), "release " + version + " has no section in"
                        + " the changelog; add '## [" + version + "] - YYYY-MM-DD' (devflow:release does it).");
            } else if (section.get().date().isEmpty()) {
                error("version.release-changelog", settings.versionAt(), "the changelog section of release " + version
                        + " (line " + section.get().line() + ") has no valid date; write '## [" + version
                        + "] - YYYY-MM-DD'.");
            }
        }
        for (VersionSettings.SnapshotReference snapshot : settings.snapshots()) {
            error("version.release-snapshot", snapshot.at(), "release " + version + " depends on " + snapshot.what()
                    + "; a release must not depend on SNAPSHOTs: use a released version.");
        }
    }

    private Optional<SemVer> latestChangelogRelease() {
        if (settings.changelog() == null) {
            return Optional.empty();
        }
        return settings.changelog().versions().stream().flatMap(r -> r.version().stream()).max(SemVer::compareTo);
    }

    private Optional<SemVer> latestTag(Pattern pattern) {
        if (settings.tags() == null) {
            Severity severity = settings.failOnGitProblem() ? Severity.ERROR : Severity.WARNING;
            findings.add(new Finding("version.git", severity, "the tags could not be compared: "
                    + settings.gitProblem() + (settings.failOnGitProblem()
                    ? " Set devflow.version.failOnGitProblem=false to only warn." : ""), null));
            return Optional.empty();
        }
        return settings.tags().stream().map(pattern::matcher).filter(Matcher::matches)
                .flatMap(m -> SemVer.parse(m.group(1)).stream()).max(SemVer::compareTo);
    }

    static Pattern tagRegex(String tagPattern) throws GateInputException {
        int at = tagPattern.indexOf("{version}");
        if (at < 0) {
            throw GateInputException.ofParameter("tagPattern", "'" + tagPattern + "' has no {version}.",
                    "write where the version stands in a tag name, such as v{version}.");
        }
        return Pattern.compile(Pattern.quote(tagPattern.substring(0, at)) + "(.+)"
                + Pattern.quote(tagPattern.substring(at + "{version}".length())));
    }

    private void error(String rule, Location at, String message) {
        findings.add(new Finding(rule, Severity.ERROR, message, at));
    }

    private GateResult result(Optional<SemVer> version, Optional<SemVer> release, Optional<SemVer> tag) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        Measurement problems = new Measurement("problems", Long.toString(errors), "", Threshold.maximum(BigDecimal.ZERO),
                errors == 0, errors + (errors == 1 ? " version problem" : " version problems") + ", expected none.");
        List<Measurement> measurements = List.of(
                Measurement.reported("version", settings.version(), version.map(v -> v.isSnapshot() ? "snapshot" : "release").orElse("not SemVer")),
                Measurement.reported("latest changelog release", release.map(Object::toString).orElse("none"), ""),
                Measurement.reported("latest tag", tag.map(Object::toString).orElse(settings.tags() == null ? "unknown" : "none"), ""),
                problems);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", settings.version());
        details.put("latestChangelogRelease", release.map(Object::toString).orElse(""));
        details.put("latestTag", tag.map(Object::toString).orElse(""));
        findings.sort(Finding.BY_PLACE);
        return GateResult.measured(NAME, "version " + settings.version() + ", " + errors
                + (errors == 1 ? " problem" : " problems"), measurements, findings, details);
    }
}
