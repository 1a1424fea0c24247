package dev.devflow.baseline;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Fingerprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The identity of a finding that survives unrelated edits: the rule, the file, the enclosing
 * class and method, and the offending source line with all whitespace removed. The line number is
 * left out, so lines inserted above a finding, or the method moved within its file, do not make
 * an old finding new; reindenting does not either. Changing the offending line, or moving the
 * code to another class or method, does, because that is a different piece of code.
 */
public final class FindingFingerprint {

    private FindingFingerprint() {
    }

    /** 16 hex digits of the SHA-256 over rule, path (forward slashes), scope and the normalised line. */
    public static String of(String rule, String path, String scope, String sourceLine) {
        return of(rule, path, scope, sourceLine, 0);
    }

    /**
     * Fingerprints for all findings of one gate run, in their order. Findings that would share a
     * fingerprint (the same call twice in one method) are numbered in line order and the number
     * goes into the hash from the second on. Without it they would collapse into one: fixing one
     * of two would not show as fixed, and adding a third would pass as known. Numbering by line
     * keeps the numbers stable as long as the twins keep their order, which moving the method does.
     */
    public static List<FingerprintedFinding> ofAll(List<ScopedFinding> findings, SourceLines sources) {
        List<Integer> byPlace = new ArrayList<>(IntStream.range(0, findings.size()).boxed().toList());
        byPlace.sort(Comparator.comparing(i -> findings.get(i).finding(), Finding.BY_PLACE));
        String[] fingerprints = new String[findings.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int index : byPlace) {
            ScopedFinding finding = findings.get(index);
            String text = sources.line(finding.path(), finding.line());
            String rule = finding.finding().ruleId();
            int occurrence = seen.merge(of(rule, finding.path(), finding.scope(), text), 1, Integer::sum) - 1;
            fingerprints[index] = of(rule, finding.path(), finding.scope(), text, occurrence);
        }
        return IntStream.range(0, findings.size())
                .mapToObj(i -> new FingerprintedFinding(fingerprints[i], findings.get(i).finding())).toList();
    }

    private static String of(String rule, String path, String scope, String sourceLine, int occurrence) {
        Fingerprint hash = new Fingerprint().add(rule).add(path.replace('\\', '/'))
                .add(scope == null ? "" : scope).add(normalised(sourceLine));
        return occurrence == 0 ? hash.hex() : hash.add(Integer.toString(occurrence)).hex();
    }

    /** The line without any whitespace, so that reindenting or reflowing spaces changes nothing. */
    static String normalised(String sourceLine) {
        return sourceLine == null ? "" : sourceLine.replaceAll("\\s+", "");
    }
}
