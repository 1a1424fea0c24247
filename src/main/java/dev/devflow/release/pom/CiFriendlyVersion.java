package dev.devflow.release.pom;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A version written with Maven's CI-friendly properties only, such as {@code ${revision}} or
 * {@code ${revision}${sha1}${changelist}}. A release cannot edit such a version element; it
 * sets the properties instead, by one rule that makes the expression read the new version:
 * <ul>
 *   <li>{@code sha1} becomes empty: it names a CI build, never a release or the next
 *       development version;</li>
 *   <li>{@code changelist} takes the version's {@code -SNAPSHOT} suffix when it is the last
 *       part of the expression, and becomes empty otherwise;</li>
 *   <li>{@code revision}, which must occur exactly once, takes the rest.</li>
 * </ul>
 * So {@code ${revision}${changelist}} reads {@code 1.2.0} as revision 1.2.0 and an empty
 * changelist, and {@code 1.2.1-SNAPSHOT} as revision 1.2.1 and changelist -SNAPSHOT, while
 * {@code ${revision}} alone takes the whole version, suffix included.
 */
record CiFriendlyVersion(List<String> properties) {

    static final String REVISION = "revision";
    static final String CHANGELIST = "changelist";
    static final String SHA1 = "sha1";

    private static final Pattern EXPRESSION = Pattern.compile("(\\$\\{(revision|sha1|changelist)})+");
    private static final Pattern PROPERTY = Pattern.compile("\\$\\{(revision|sha1|changelist)}");
    private static final String SNAPSHOT = "-SNAPSHOT";

    CiFriendlyVersion {
        properties = List.copyOf(properties);
    }

    /** The expression read as CI-friendly, or empty when it is anything else (a literal, another property). */
    static Optional<CiFriendlyVersion> parse(String expression) {
        if (!EXPRESSION.matcher(expression).matches()) {
            return Optional.empty();
        }
        List<String> properties = PROPERTY.matcher(expression).results().map(match -> match.group(1)).toList();
        boolean oneRevision = properties.stream().filter(REVISION::equals).count() == 1;
        return oneRevision ? Optional.of(new CiFriendlyVersion(properties)) : Optional.empty();
    }

    /** The property values that make the expression read {@code version}, in the order the expression uses them. */
    Map<String, String> valuesFor(String version) {
        boolean changelistLast = properties.get(properties.size() - 1).equals(CHANGELIST);
        String changelist = changelistLast && version.endsWith(SNAPSHOT) ? SNAPSHOT : "";
        Map<String, String> values = new LinkedHashMap<>();
        for (String property : properties) {
            values.put(property, switch (property) {
                case REVISION -> version.substring(0, version.length() - changelist.length());
                case CHANGELIST -> changelist;
                default -> "";
            });
        }
        return values;
    }

    /** The version the expression reads with these values, or empty when one of them is unknown. */
    Optional<String> resolve(Map<String, String> values) {
        StringBuilder version = new StringBuilder();
        for (String property : properties) {
            String value = values.get(property);
            if (value == null) {
                return Optional.empty();
            }
            version.append(value);
        }
        return Optional.of(version.toString());
    }

    String expression() {
        StringBuilder expression = new StringBuilder();
        properties.forEach(property -> expression.append("${").append(property).append('}'));
        return expression.toString();
    }

    @Override
    public String toString() {
        return expression();
    }
}
