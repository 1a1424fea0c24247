package dev.devflow.changelog;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code section}: change groups are the six of the format (Added, Changed, Deprecated,
 * Removed, Fixed, Security), each at most once per release; other case is tolerated.
 */
final class SectionRule implements ChangelogRule {

    @Override
    public String id() {
        return "section";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            Map<String, Section> seen = new HashMap<>();
            for (Section section : release.sections()) {
                String type = section.type();
                if (type == null) {
                    review.error(section.line(), "'### " + section.name() + "' is not a change type; use one of "
                            + String.join(", ", Section.TYPES) + ".");
                    continue;
                }
                if (!type.equals(section.name())) {
                    review.warning(section.line(), "write '### " + type + "'.");
                }
                Section first = seen.putIfAbsent(type, section);
                if (first != null) {
                    review.error(section.line(), "'### " + type + "' appears twice in " + release.name()
                            + " (first at line " + first.line() + "); group the entries under one heading.");
                }
            }
        }
    }
}
