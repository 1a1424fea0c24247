package dev.devflow.baseline;

import dev.devflow.gate.Finding;

import java.util.Objects;

/**
 * A finding with the code element that encloses it, which the finding itself does not carry:
 * {@code com.acme.Cart#total} for a method, {@code com.acme.Cart} for a class, empty when not known.
 */
public record ScopedFinding(Finding finding, String scope) {

    public ScopedFinding {
        Objects.requireNonNull(finding, "finding");
        scope = scope == null ? "" : scope;
    }

    String path() {
        return finding.location() == null ? "" : finding.location().path();
    }

    int line() {
        return finding.location() == null ? 0 : finding.location().line();
    }
}
