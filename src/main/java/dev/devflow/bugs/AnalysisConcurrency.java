package dev.devflow.bugs;

import java.util.Optional;

/**
 * How many SpotBugs analyses run at once in one JVM: one per module the build runs at once
 * ({@code mvn -T}), but no more than there are cores, and no more than the heap has room for.
 *
 * @param atOnce       the analyses that run at once
 * @param wanted       what the build's threads and the cores would allow
 * @param heapMegabytes the JVM's maximum heap
 */
public record AnalysisConcurrency(int atOnce, int wanted, long heapMegabytes) {

    /** Room one analysis is given: spotbugs-maven-plugin gives its forked JVM -Xmx512m by default. */
    static final long MEGABYTES_PER_ANALYSIS = 512;

    /**
     * @param buildThreads the modules Maven builds at once (its degree of concurrency)
     * @param cores        the processors the JVM may use
     * @param maxHeapBytes the JVM's maximum heap ({@link Runtime#maxMemory()})
     */
    public static AnalysisConcurrency of(int buildThreads, int cores, long maxHeapBytes) {
        int wanted = Math.max(1, Math.min(buildThreads, cores));
        long heapMegabytes = maxHeapBytes >> 20;
        int roomFor = (int) Math.max(1, Math.min(Integer.MAX_VALUE, heapMegabytes / MEGABYTES_PER_ANALYSIS));
        return new AnalysisConcurrency(Math.min(wanted, roomFor), wanted, heapMegabytes);
    }

    /** When the heap, not the build or the cores, limits the analyses: what to give Maven instead. */
    public Optional<String> heapNote() {
        if (atOnce >= wanted) {
            return Optional.empty();
        }
        return Optional.of(atOnce + (atOnce == 1 ? " SpotBugs analysis runs" : " SpotBugs analyses run")
                + " at once, not " + wanted + ": Maven's heap of " + heapMegabytes + " MB has room for "
                + atOnce + " (" + MEGABYTES_PER_ANALYSIS + " MB each). MAVEN_OPTS=-Xmx"
                + wanted * MEGABYTES_PER_ANALYSIS + "m lets " + wanted + " run at once.");
    }
}
