package dev.devflow.audit;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Fingerprint;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The module's dependencies against the advisories: one finding per vulnerable dependency and
 * vulnerability, at the pom line that brings the dependency in, failing at or above
 * {@code failOn}. Accepted vulnerabilities (suppressions) are listed as notes until they expire.
 */
public final class AuditGate implements Gate {

    public static final String NAME = "audit";

    private final AuditSettings settings;
    private final List<Advisory> advisories;

    /** @param advisories the advisories read for the module's packages (any others are ignored) */
    public AuditGate(AuditSettings settings, List<Advisory> advisories) {
        this.settings = settings;
        this.advisories = List.copyOf(advisories);
    }

    /**
     * No advisories could be read: a failure naming what was tried, or with
     * {@code failOnUnavailable=false} a warning. Never a pass that reads as "no vulnerabilities".
     */
    public static GateResult unavailable(String reason, int dependencies, boolean fail) {
        Finding finding = new Finding("audit.unavailable", fail ? Severity.ERROR : Severity.WARNING, reason
                + (fail ? "" : " (devflow.audit.failOnUnavailable=false: only a warning)"), null);
        return GateResult.measured(NAME, "not audited: no advisories could be read for " + dependencies
                + (dependencies == 1 ? " dependency" : " dependencies"), List.of(), List.of(finding), Map.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() {
        List<Finding> findings = new ArrayList<>();
        List<Map<String, Object>> vulnerable = new ArrayList<>();
        Set<Suppression> used = new HashSet<>();
        Set<String> recorded = new HashSet<>();
        settings.recorded().ifPresent(entries -> entries.forEach(e -> recorded.add(e.fingerprint())));
        Set<String> current = new HashSet<>();
        int failing = 0;
        for (Dependency dependency : settings.dependencies()) {
            for (Advisory advisory : vulnerabilities(dependency)) {
                Optional<Suppression> accepted = settings.suppressions().entries().stream()
                        .filter(s -> s.covers(advisory, dependency) && !s.expiredOn(settings.today())).findFirst();
                accepted.ifPresent(used::add);
                Severity severity = accepted.isPresent() ? Severity.NOTE
                        : advisory.rating().severity().atLeast(settings.failOn()) ? Severity.ERROR : Severity.WARNING;
                Optional<String> fix = advisory.fixFor(dependency.packageName(), dependency.version(),
                        settings.versionOrder());
                Finding finding = againstBaseline(finding(dependency, advisory, fix, severity, accepted), advisory,
                        recorded);
                current.add(finding.fingerprint());
                failing += finding.severity() == Severity.ERROR ? 1 : 0;
                findings.add(finding);
                vulnerable.add(detail(dependency, advisory, fix, accepted.isPresent()));
            }
        }
        findings.addAll(suppressionFindings(used));
        settings.warnings().forEach(w -> findings.add(new Finding("audit.database", Severity.WARNING, w, null)));
        Measurement measurement = new Measurement("vulnerabilities at or above " + settings.failOn(),
                Integer.toString(failing), vulnerable.size() + " found", Threshold.maximum(BigDecimal.ZERO), failing == 0,
                failing + (failing == 1 ? " dependency vulnerability" : " dependency vulnerabilities") + " at or above "
                        + settings.failOn() + ": upgrade each to its fixed version (listed below), or suppress it with a"
                        + " reason and an expiry date.");
        List<Measurement> measurements = new ArrayList<>(List.of(measurement));
        settings.recorded().ifPresent(entries -> {
            long fixed = entries.stream().filter(e -> !current.contains(e.fingerprint())).count();
            long known = findings.stream().filter(Finding::isKnown).count();
            measurements.add(Measurement.reported("known (baseline)", Long.toString(known), fixed == 0
                    ? "none recorded is fixed" : fixed + " recorded no longer found: refresh the baseline with mvn"
                    + " devflow:baseline"));
        });
        return GateResult.measured(NAME, headline(vulnerable), measurements, findings, details(vulnerable));
    }

    /**
     * A vulnerability recorded in the baseline is reported as known and does not fail, as lint's
     * and static analysis' known findings do; a CRITICAL one fails all the same, saying so.
     */
    private static Finding againstBaseline(Finding finding, Advisory advisory, Set<String> recorded) {
        if (finding.severity() == Severity.NOTE || !recorded.contains(finding.fingerprint())) {
            return finding;
        }
        if (advisory.rating().severity() == VulnerabilitySeverity.CRITICAL) {
            return new Finding(finding.ruleId(), Severity.ERROR, finding.message() + " Recorded in the baseline, but a"
                    + " CRITICAL vulnerability always fails.", finding.location(), finding.fingerprint());
        }
        return finding.asKnown();
    }

    /**
     * The advisories that affect the dependency, one per vulnerability: records that share an id
     * or alias (a GHSA and its CVE published separately) count once, the most severe kept.
     */
    private List<Advisory> vulnerabilities(Dependency dependency) {
        List<Advisory> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // the most severe first, then by id: the record kept for a vulnerability does not depend on read order
        List<Advisory> bySeverity = advisories.stream().sorted(java.util.Comparator
                .comparing((Advisory a) -> a.rating().severity()).reversed().thenComparing(Advisory::id)).toList();
        for (Advisory advisory : bySeverity) {
            if (advisory.affects(dependency.packageName(), dependency.version(), settings.versionOrder())
                    && advisory.ids().stream().noneMatch(seen::contains)) {
                seen.addAll(advisory.ids());
                found.add(advisory);
            }
        }
        return found;
    }

    private Finding finding(Dependency dependency, Advisory advisory, Optional<String> fix, Severity severity,
                            Optional<Suppression> accepted) {
        String message = dependency.packageName() + " " + dependency.version() + " has " + String.join(" / ",
                advisory.ids()) + " (" + advisory.rating().shown() + ")" + (advisory.summary().isEmpty() ? "" : ": "
                + advisory.summary()) + ". " + fix.map(v -> "Upgrade to " + v + ".").orElse("No fixed version is known.")
                + " Brought in by " + dependency.shownPath() + "."
                + accepted.map(s -> " Accepted until " + s.expires() + ": " + s.reason() + ".").orElse("");
        Finding finding = new Finding("audit.vulnerable", severity, message, dependency.place());
        // an accepted one is not fingerprinted, so the baseline never records it: when its
        // suppression expires it fails again instead of passing as known without a reason or a date
        return accepted.isPresent() ? finding : finding.withFingerprint(fingerprint(dependency.packageName(),
                advisory.id()));
    }

    /**
     * The same vulnerability of the same package, whatever its version and pom line: moving to
     * another affected version keeps it known, and a fixed version leaves it "no longer found".
     */
    static String fingerprint(String packageName, String advisoryId) {
        return new Fingerprint().add(NAME).add(packageName).add(advisoryId).hex();
    }

    /** Expired suppressions fail at their line; ones that matched nothing are reported, to be removed. */
    private List<Finding> suppressionFindings(Set<Suppression> used) {
        List<Finding> findings = new ArrayList<>();
        Suppressions suppressions = settings.suppressions();
        for (Suppression suppression : suppressions.entries()) {
            Location at = Location.ofLine(suppressions.file(), suppression.line());
            if (suppression.expiredOn(settings.today())) {
                findings.add(new Finding("audit.suppression-expired", Severity.ERROR, "the suppression of "
                        + suppression.advisory() + " expired on " + suppression.expires() + " (" + suppression.reason()
                        + "): upgrade the dependency, or review the reason and set a new date.", at));
            } else if (!used.contains(suppression)) {
                findings.add(new Finding("audit.suppression-unused", Severity.WARNING, "the suppression of "
                        + suppression.advisory() + " matches no vulnerable dependency of this module: remove it"
                        + " if no other module needs it.", at));
            }
        }
        return findings;
    }

    /** {@code 38 dependencies, 2 vulnerabilities: 1 critical, 1 high; 1 accepted}: accepted ones apart. */
    private String headline(List<Map<String, Object>> vulnerable) {
        int dependencies = settings.dependencies().size();
        String counted = dependencies + (dependencies == 1 ? " dependency" : " dependencies");
        List<Map<String, Object>> open = vulnerable.stream().filter(v -> !Boolean.TRUE.equals(v.get("suppressed"))).toList();
        long accepted = vulnerable.size() - open.size();
        String acceptedPart = accepted == 0 ? "" : "; " + accepted + " accepted";
        if (open.isEmpty()) {
            return counted + (accepted == 0 ? ", no known vulnerability" : ", no open vulnerability" + acceptedPart);
        }
        List<String> parts = new ArrayList<>();
        for (int i = VulnerabilitySeverity.values().length - 1; i >= 0; i--) {
            String severity = VulnerabilitySeverity.values()[i].name();
            long count = open.stream().filter(v -> v.get("severity").equals(severity)).count();
            if (count > 0) {
                parts.add(count + " " + severity.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return counted + ", " + open.size() + (open.size() == 1 ? " vulnerability" : " vulnerabilities") + ": "
                + String.join(", ", parts) + acceptedPart;
    }

    private Map<String, Object> detail(Dependency dependency, Advisory advisory, Optional<String> fix,
                                       boolean suppressed) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dependency", dependency.packageName());
        detail.put("version", dependency.version());
        detail.put("ids", advisory.ids());
        detail.put("severity", advisory.rating().severity().name());
        detail.put("score", advisory.rating().score() == null ? "" : advisory.rating().score().toPlainString());
        detail.put("rating", advisory.rating().basis());
        detail.put("fixedIn", fix.orElse(""));
        detail.put("path", dependency.shownPath());
        detail.put("suppressed", suppressed);
        return detail;
    }

    private Map<String, Object> details(List<Map<String, Object>> vulnerable) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("dependencies", settings.dependencies().size());
        details.put("advisoriesRead", advisories.size());
        details.put("database", settings.database());
        details.put("failOn", settings.failOn().name());
        details.put("vulnerable", vulnerable);
        return details;
    }
}
