package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.analysis.ICoverageNode.ElementType;

import java.util.List;

/** The rules devflow applies when the user configures none, and the critical-packages rule. */
public final class CoverageRules {

    private CoverageRules() {
    }

    /** BUNDLE LINE COVEREDRATIO at least {@code minimum}: the process's overall 85%. */
    public static CoverageRule overall(String minimum) throws GateInputException {
        return new CoverageRule("overall line coverage", ElementType.BUNDLE, List.of(), List.of(),
                List.of(CoverageLimit.parse("minimum", "LINE", "COVEREDRATIO", minimum, null)));
    }

    /**
     * Each package matching one of {@code patterns} (package names with dots, JaCoCo
     * wildcards: {@code com.acme.billing*} takes the package and its subpackages) at
     * PACKAGE LINE COVEREDRATIO of at least {@code minimum}.
     */
    public static CoverageRule criticalPackages(List<String> patterns, String minimum) throws GateInputException {
        return new CoverageRule("critical packages", ElementType.PACKAGE, patterns, List.of(),
                List.of(CoverageLimit.parse("criticalMinimum", "LINE", "COVEREDRATIO", minimum, null)));
    }
}
