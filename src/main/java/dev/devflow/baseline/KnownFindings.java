package dev.devflow.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A gate's current findings sorted against the ones its baseline recorded: known ones are
 * reported and pass, the rest fail, and recorded ones that are gone are listed as fixed.
 * Security findings are never known: a vulnerability does not become acceptable by being old,
 * so they fail whether recorded or not. The one way to accept one is an explicit suppression
 * with a reason, which the gate applies before this; a baseline entry is no such reason.
 *
 * @param known   recorded and not security: reported, never a failure
 * @param failing not recorded, or security: these fail the gate
 * @param fixed   recorded but no longer found: the baseline can be refreshed
 */
public record KnownFindings(List<FingerprintedFinding> known, List<FingerprintedFinding> failing,
                            List<BaselineEntry> fixed) {

    public KnownFindings {
        known = List.copyOf(known);
        failing = List.copyOf(failing);
        fixed = List.copyOf(fixed);
    }

    /** Sorts {@code current} (in its order) against {@code recorded}, matching by fingerprint only. */
    public static KnownFindings sort(List<BaselineEntry> recorded, List<FingerprintedFinding> current,
                                     Predicate<FingerprintedFinding> isSecurity) {
        Set<String> recordedPrints = recorded.stream().map(BaselineEntry::fingerprint).collect(Collectors.toSet());
        Set<String> currentPrints = current.stream().map(FingerprintedFinding::fingerprint).collect(Collectors.toSet());
        List<FingerprintedFinding> known = new ArrayList<>();
        List<FingerprintedFinding> failing = new ArrayList<>();
        for (FingerprintedFinding finding : current) {
            boolean accepted = recordedPrints.contains(finding.fingerprint()) && !isSecurity.test(finding);
            (accepted ? known : failing).add(finding);
        }
        List<BaselineEntry> fixed = recorded.stream().filter(entry -> !currentPrints.contains(entry.fingerprint()))
                .sorted(BaselineEntry.IN_FILE_ORDER).toList();
        return new KnownFindings(known, failing, fixed);
    }

    /** The hint for fixed findings, or empty when there are none. */
    public String fixedHint() {
        if (fixed.isEmpty()) {
            return "";
        }
        String what = fixed.size() == 1 ? "1 finding recorded in the baseline is fixed" : fixed.size()
                + " findings recorded in the baseline are fixed";
        return what + ": refresh the baseline with mvn devflow:baseline, so that a finding coming back counts"
                + " as new.";
    }
}
