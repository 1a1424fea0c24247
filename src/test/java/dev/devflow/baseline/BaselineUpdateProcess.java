package dev.devflow.baseline;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A second Maven process in miniature: records one module in a baseline file, saying "ready" on
 * standard output just before, so a test knows it is about to wait for the lock.
 * Arguments: the baseline file, the module's key.
 */
public final class BaselineUpdateProcess {

    private BaselineUpdateProcess() {
    }

    public static void main(String[] args) throws Exception {
        ModuleBaseline module = new ModuleBaseline(Map.of(CoverageCounter.LINE, new BigDecimal("0.5000")),
                Map.of("lint", List.of()));
        System.out.println("ready");
        System.out.flush();
        BaselineFile.update(Path.of(args[0]), args[1], module);
    }
}
