package dev.devflow.baseline;

import dev.devflow.gate.Finding;

/** A current finding and the fingerprint it is matched by against the baseline. */
public record FingerprintedFinding(String fingerprint, Finding finding) {

    /** How the finding is recorded in the baseline. */
    public BaselineEntry toEntry() {
        return new BaselineEntry(fingerprint, finding.ruleId(),
                finding.location() == null ? "" : finding.location().path());
    }
}
