package dev.devflow.bugs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisConcurrencyTest {

    private static final long GIB = 1L << 30;

    @Test
    void oneAnalysisPerModuleBuiltAtOnceUpToTheCores() {
        assertThat(AnalysisConcurrency.of(1, 16, 8 * GIB).atOnce()).isEqualTo(1);
        assertThat(AnalysisConcurrency.of(4, 16, 8 * GIB).atOnce()).isEqualTo(4);
        assertThat(AnalysisConcurrency.of(4, 2, 8 * GIB).atOnce()).isEqualTo(2);
        assertThat(AnalysisConcurrency.of(4, 2, 8 * GIB).heapNote()).isEmpty();
    }

    @Test
    void theHeapCapsThemAndTheNoteSaysWhatLiftsTheCap() {
        AnalysisConcurrency concurrency = AnalysisConcurrency.of(8, 8, GIB);

        assertThat(concurrency.atOnce()).isEqualTo(2);
        assertThat(concurrency.heapNote()).contains("2 SpotBugs analyses run at once, not 8: Maven's heap of 1024 MB"
                + " has room for 2 (512 MB each). MAVEN_OPTS=-Xmx4096m lets 8 run at once.");
        assertThat(AnalysisConcurrency.of(4, 4, 256L << 20).atOnce()).isEqualTo(1);
    }
}
