package dev.devflow.audit;

import dev.devflow.baseline.BaselineEntry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the audit holds the dependencies to.
 *
 * @param dependencies the module's resolved dependencies in the audited scopes
 * @param failOn       the lowest severity that fails; lower ones are warnings
 * @param suppressions accepted vulnerabilities, each with a reason and an expiry date
 * @param today        the day expiry dates are compared with
 * @param versionOrder the order of versions: Maven's own ({@code ComparableVersion}), given by the mojo
 * @param database     what the advisories were read from, for the table ({@code OSV export of 2026-12-04T07:00Z})
 * @param warnings     what went wrong reading the database without stopping it (an old copy was used)
 * @param recorded     the vulnerabilities recorded in the baseline for this module; empty when no baseline is used
 */
public record AuditSettings(List<Dependency> dependencies, VulnerabilitySeverity failOn, Suppressions suppressions,
                            LocalDate today, Comparator<String> versionOrder, String database, List<String> warnings,
                            Optional<List<BaselineEntry>> recorded) {

    public AuditSettings {
        dependencies = List.copyOf(dependencies);
        warnings = List.copyOf(warnings);
        suppressions = suppressions == null ? Suppressions.none() : suppressions;
        recorded = recorded == null ? Optional.empty() : recorded;
    }

    /** Without a baseline. */
    public AuditSettings(List<Dependency> dependencies, VulnerabilitySeverity failOn, Suppressions suppressions,
                         LocalDate today, Comparator<String> versionOrder, String database, List<String> warnings) {
        this(dependencies, failOn, suppressions, today, versionOrder, database, warnings, Optional.empty());
    }
}
