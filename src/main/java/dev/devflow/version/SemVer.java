package dev.devflow.version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Semantic Versioning 2.0.0 version, ordered by SemVer precedence: pre-release identifiers
 * compare numerically when numeric and in ASCII order otherwise ({@code 4.0.0-RC1} comes
 * before {@code 4.0.0-beta5}); build metadata does not count.
 */
public record SemVer(int major, int minor, int patch, List<String> preRelease, String build)
        implements Comparable<SemVer> {

    /** The grammar of semver.org, anchored; no leading zeros, no leading {@code v}. */
    private static final Pattern GRAMMAR = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
                    + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
                    + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    public static final String SNAPSHOT = "SNAPSHOT";

    public SemVer {
        preRelease = List.copyOf(preRelease);
        build = build == null ? "" : build;
    }

    public static Optional<SemVer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = GRAMMAR.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            List<String> pre = m.group(4) == null ? List.of() : List.of(m.group(4).split("\\."));
            return Optional.of(new SemVer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), pre, m.group(5)));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a number beyond int: not a version anyone means
        }
    }

    public static SemVer of(int major, int minor, int patch) {
        return new SemVer(major, minor, patch, List.of(), "");
    }

    public boolean isSnapshot() {
        return !preRelease.isEmpty() && preRelease.get(preRelease.size() - 1).equals(SNAPSHOT);
    }

    public boolean isPreRelease() {
        return !preRelease.isEmpty();
    }

    /** {@code 1.4.0-SNAPSHOT} gives {@code 1.4.0}; other pre-release labels are kept. */
    public SemVer withoutSnapshot() {
        if (!isSnapshot()) {
            return this;
        }
        return new SemVer(major, minor, patch, preRelease.subList(0, preRelease.size() - 1), build);
    }

    /** The version without pre-release and build: {@code 1.4.0-rc.1} gives {@code 1.4.0}. */
    public SemVer core() {
        return of(major, minor, patch);
    }

    public SemVer nextPatch() {
        return of(major, minor, patch + 1);
    }

    public SemVer nextMinor() {
        return of(major, minor + 1, 0);
    }

    public SemVer nextMajor() {
        return of(major + 1, 0, 0);
    }

    public SemVer asSnapshot() {
        List<String> pre = new ArrayList<>(preRelease);
        pre.add(SNAPSHOT);
        return new SemVer(major, minor, patch, pre, "");
    }

    @Override
    public int compareTo(SemVer other) {
        int order = Integer.compare(major, other.major);
        if (order == 0) {
            order = Integer.compare(minor, other.minor);
        }
        if (order == 0) {
            order = Integer.compare(patch, other.patch);
        }
        return order != 0 ? order : comparePreRelease(preRelease, other.preRelease);
    }

    private static int comparePreRelease(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Boolean.compare(a.isEmpty(), b.isEmpty()); // a release ranks above its pre-releases
        }
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = compareIdentifier(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareIdentifier(String a, String b) {
        boolean numericA = a.chars().allMatch(Character::isDigit);
        boolean numericB = b.chars().allMatch(Character::isDigit);
        if (numericA && numericB) {
            return new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return a.compareTo(b); // ASCII order, as SemVer says
    }

    public static SemVer max(List<SemVer> versions) {
        return versions.isEmpty() ? null : Collections.max(versions);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(major).append('.').append(minor).append('.').append(patch);
        if (!preRelease.isEmpty()) {
            text.append('-').append(String.join(".", preRelease));
        }
        if (!build.isEmpty()) {
            text.append('+').append(build);
        }
        return text.toString();
    }
}
