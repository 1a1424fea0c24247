package dev.devflow.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One OSV advisory as the audit uses it.
 *
 * @param id        {@code GHSA-599f-7c49-w659}
 * @param aliases   the same vulnerability's other ids ({@code CVE-2022-42889})
 * @param summary   one line
 * @param withdrawn whether the database withdrew it (it is then ignored)
 * @param rating    its severity
 * @param affected  the packages and versions it affects
 * @param origin    where it was read, for messages
 */
public record Advisory(String id, List<String> aliases, String summary, boolean withdrawn, Rating rating,
                       List<AffectedPackage> affected, String origin) {

    public Advisory {
        aliases = List.copyOf(aliases);
        affected = List.copyOf(affected);
    }

    /** The id and its aliases, the advisory's own id first: {@code GHSA-…, CVE-…}. */
    public List<String> ids() {
        List<String> ids = new ArrayList<>(List.of(id));
        aliases.stream().filter(a -> !ids.contains(a)).forEach(ids::add);
        return ids;
    }

    /** Whether it affects {@code version} of the package {@code name} (never, when withdrawn). */
    boolean affects(String name, String version, Comparator<String> order) {
        return !withdrawn && affected.stream().anyMatch(a -> a.name().equals(name) && a.affects(version, order));
    }

    /**
     * The lowest fixed version above {@code version} of the package {@code name} that the advisory
     * does not affect (an entry's fix can fall inside another entry's range), if any is known.
     */
    Optional<String> fixFor(String name, String version, Comparator<String> order) {
        return affected.stream().filter(a -> a.name().equals(name)).flatMap(a -> a.fixedVersions().stream())
                .filter(v -> order.compare(v, version) > 0 && !affects(name, v, order)).min(order);
    }
}
