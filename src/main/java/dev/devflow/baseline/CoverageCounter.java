package dev.devflow.baseline;

/**
 * The six coverage counters a baseline records, in the order it writes them. The names are
 * JaCoCo's ({@code ICoverageNode.CounterEntity}), so the coverage gate maps one to the other by
 * name while this package stays free of JaCoCo.
 */
public enum CoverageCounter {
    INSTRUCTION, BRANCH, LINE, COMPLEXITY, METHOD, CLASS
}
