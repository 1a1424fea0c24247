package dev.devflow.lint;

import java.nio.file.Path;
import java.util.List;

/**
 * What a PMD analysis found, free of PMD's report objects so the lint gate can judge it the
 * same whether it comes from PMD or from the result cache.
 *
 * @param violations  every violation PMD reported
 * @param suppressed  violations suppressed by {@code @SuppressWarnings("PMD…")} or {@code NOPMD}
 * @param unanalysed  files PMD could not analyse (syntax errors, a newer Java)
 */
record PmdOutcome(List<Violation> violations, int suppressed, List<Unanalysed> unanalysed) {

    PmdOutcome {
        violations = List.copyOf(violations);
        unanalysed = List.copyOf(unanalysed);
    }

    /**
     * One rule violation: which rule, its priority (1 highest to 5), where, PMD's message, and the
     * code that encloses it ({@code com.acme.Cart#total}, or the class alone), which the
     * baseline's fingerprint uses.
     */
    record Violation(String rule, int priority, String message, Path file, int line, int column, String scope) {
    }

    /** A file PMD could not analyse, with the first line of PMD's reason. */
    record Unanalysed(Path file, String reason) {
    }
}
