package dev.devflow.audit;

import java.time.LocalDate;

/**
 * A vulnerability the team has looked at and accepted for a while, with its reason.
 *
 * @param advisory   the advisory's id or one of its aliases ({@code GHSA-…} or {@code CVE-…})
 * @param dependency {@code groupId:artifactId} it applies to, or null for any
 * @param reason     why it is accepted (required)
 * @param expires    the last day it holds (required): after it the vulnerability fails again
 * @param line       its line in the suppressions file
 */
public record Suppression(String advisory, String dependency, String reason, LocalDate expires, int line) {

    boolean covers(Advisory found, Dependency in) {
        return found.ids().contains(advisory) && (dependency == null || dependency.equals(in.packageName()));
    }

    boolean expiredOn(LocalDate today) {
        return today.isAfter(expires);
    }
}
