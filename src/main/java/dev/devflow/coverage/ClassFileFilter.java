package dev.devflow.coverage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Class-file exclusion patterns as jacoco-maven-plugin takes them: paths relative to the
 * classes directory with Ant wildcards ({@code **} any folders, {@code *} any part of a name,
 * {@code ?} one character), such as {@code com/acme/generated/**} or {@code **}{@code /*Dto.class}.
 */
final class ClassFileFilter {

    private final List<Pattern> excludes;

    ClassFileFilter(List<String> patterns) {
        this.excludes = patterns.stream().filter(p -> !p.isBlank()).map(ClassFileFilter::toRegex).toList();
    }

    /** @param relativePath path under the classes directory, with forward slashes */
    boolean excludes(String relativePath) {
        return excludes.stream().anyMatch(p -> p.matcher(relativePath).matches());
    }

    static Pattern toRegex(String antPattern) {
        String pattern = antPattern.trim().replace('\\', '/');
        if (pattern.endsWith("/")) {
            pattern = pattern + "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
