package dev.devflow.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One {@code affected} entry of an OSV advisory: a Maven package ({@code groupId:artifactId}),
 * its {@code ECOSYSTEM} ranges and its explicit version list. Versions are compared in Maven's
 * own order, as Maven resolves them; OSV's Maven ranges are written in that order.
 *
 * @param name     {@code groupId:artifactId}
 * @param ranges   each range's events, in the order written
 * @param versions versions listed as affected one by one
 */
public record AffectedPackage(String name, List<List<Event>> ranges, List<String> versions) {

    /** One event of a range: {@code introduced}, {@code fixed} or {@code last_affected}, and its version. */
    public record Event(Kind kind, String version) {
    }

    public enum Kind { INTRODUCED, FIXED, LAST_AFFECTED }

    public AffectedPackage {
        ranges = ranges.stream().map(List::copyOf).toList();
        versions = List.copyOf(versions);
    }

    /** Whether {@code version} is affected: listed, or inside one of the ranges. */
    boolean affects(String version, Comparator<String> order) {
        return versions.contains(version) || ranges.stream().anyMatch(r -> inRange(r, version, order));
    }

    /**
     * The lowest {@code fixed} version above {@code version} that no range of this entry affects:
     * what to upgrade to. Empty when none is known (only {@code last_affected}, or a listed version).
     */
    Optional<String> fixFor(String version, Comparator<String> order) {
        return fixedVersions().stream().filter(v -> order.compare(v, version) > 0 && !affects(v, order)).min(order);
    }

    /** Every version a range names as {@code fixed}. */
    List<String> fixedVersions() {
        List<String> fixes = new ArrayList<>();
        ranges.forEach(range -> range.stream().filter(e -> e.kind() == Kind.FIXED).map(Event::version).forEach(fixes::add));
        return fixes;
    }

    /**
     * OSV's evaluation of a range: walk its events in version order; an {@code introduced} at or
     * below the version turns "affected" on, a {@code fixed} at or below it turns it off, and a
     * {@code last_affected} below it turns it off. {@code introduced: "0"} is below everything.
     */
    private static boolean inRange(List<Event> range, String version, Comparator<String> order) {
        Comparator<Event> byVersion = (a, b) -> isZero(a) || isZero(b)
                ? Boolean.compare(!isZero(a), !isZero(b)) : order.compare(a.version(), b.version());
        boolean affected = false;
        for (Event event : range.stream().sorted(byVersion).toList()) {
            int versionAgainstEvent = isZero(event) ? 1 : order.compare(version, event.version());
            switch (event.kind()) {
                case INTRODUCED -> affected |= versionAgainstEvent >= 0;
                case FIXED -> affected &= versionAgainstEvent < 0;
                case LAST_AFFECTED -> affected &= versionAgainstEvent <= 0;
            }
        }
        return affected;
    }

    private static boolean isZero(Event event) {
        return event.kind() == Kind.INTRODUCED && event.version().equals("0");
    }
}
