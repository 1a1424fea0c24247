package dev.devflow.baseline;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Measurement;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What the lint and static-analysis gates share about the baseline: fingerprint every finding,
 * and, when the module has recorded findings for the gate, say which current ones are known.
 * Each gate then leaves the known ones out of what it counts against its limits.
 */
public final class FindingsBaseline {

    private final Path root;
    private final Optional<List<BaselineEntry>> recorded;

    /**
     * @param root     paths in findings are relative to it; the source lines are read from there
     * @param recorded the gate's recorded findings for this module; empty when no baseline is used
     */
    public FindingsBaseline(Path root, Optional<List<BaselineEntry>> recorded) {
        this.root = root;
        this.recorded = recorded;
    }

    /** Fingerprints only: no baseline applies. */
    public static FindingsBaseline off(Path root) {
        return new FindingsBaseline(root, Optional.empty());
    }

    /** Sorts the findings (one per item the gate counts, in its order) against the recorded ones. */
    public Sorting sort(List<ScopedFinding> findings, Predicate<Finding> isSecurity) {
        List<FingerprintedFinding> printed = FindingFingerprint.ofAll(findings, new SourceLines(root));
        List<String> prints = printed.stream().map(FingerprintedFinding::fingerprint).toList();
        if (recorded.isEmpty()) {
            return new Sorting(prints, Set.of(), List.of(), false);
        }
        KnownFindings sorted = KnownFindings.sort(recorded.get(), printed, f -> isSecurity.test(f.finding()));
        Set<String> known = sorted.known().stream().map(FingerprintedFinding::fingerprint).collect(Collectors.toSet());
        return new Sorting(prints, known, sorted.fixed(), true);
    }

    /**
     * The outcome for one gate run.
     *
     * @param fingerprints one per finding, in the order given
     * @param known        fingerprints of the findings the baseline accepts
     * @param fixed        recorded findings no longer found
     * @param applied      whether a baseline was used at all
     */
    public record Sorting(List<String> fingerprints, Set<String> known, List<BaselineEntry> fixed, boolean applied) {

        public boolean isKnown(int index) {
            return known.contains(fingerprints.get(index));
        }

        /** The finding as the gate reports it: fingerprinted, and a note when the baseline knows it. */
        public Finding reported(int index, Finding finding) {
            Finding printed = finding.withFingerprint(fingerprints.get(index));
            return isKnown(index) ? printed.asKnown() : printed;
        }

        /** Known and fixed counts for the gate's measurements; nothing when no baseline is used. */
        public Optional<Measurement> measurement() {
            if (!applied) {
                return Optional.empty();
            }
            String fixedText = fixed.isEmpty() ? "none recorded is fixed" : new KnownFindings(List.of(), List.of(), fixed)
                    .fixedHint();
            return Optional.of(Measurement.reported("known (baseline)", Integer.toString(known.size()), fixedText));
        }
    }
}
