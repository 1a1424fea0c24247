package dev.devflow.maven;

/** A {@code <limit>} of a coverage rule, as jacoco:check has it. */
public class CoverageLimitParameter {

    /** INSTRUCTION (default), LINE, BRANCH, COMPLEXITY, METHOD or CLASS. */
    String counter;
    /** COVEREDRATIO (default), MISSEDRATIO, COVEREDCOUNT, MISSEDCOUNT or TOTALCOUNT. */
    String value;
    /** Lower bound: a ratio {@code 0.80}, a percentage {@code 80%}, or a count. */
    String minimum;
    /** Upper bound, written as the minimum. */
    String maximum;
}
