package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.analysis.ICoverageNode.ElementType;

import java.nio.file.Path;
import java.util.List;

/**
 * One execution data file held alone to its own line coverage: the unit tests' {@code jacoco.exec}
 * to 0.90 and the integration tests' {@code jacoco-it.exec} to 0.80, while the merged data is held
 * to the module's rules. Merged data cannot tell which tests covered a line; a layer can.
 *
 * @param execFile the execution data file of this layer
 * @param rule     BUNDLE LINE COVEREDRATIO at the layer's minimum, named after the file
 */
public record CoverageLayer(Path execFile, CoverageRule rule) {

    /**
     * Reads a layer as written in {@code <layers>} or {@code -Ddevflow.coverage.layers}:
     * {@code jacoco-it.exec=0.80} (or {@code =80%}), the file relative to the build directory.
     *
     * @param parameter names the parameter in messages
     */
    public static CoverageLayer parse(String parameter, String layer, Path buildDirectory) throws GateInputException {
        int equals = layer == null ? -1 : layer.lastIndexOf('=');
        if (equals <= 0 || layer.substring(0, equals).isBlank()) {
            throw GateInputException.ofParameter(parameter, "layer '" + layer + "' does not name a file and"
                    + " its minimum.", "write it as file=minimum, such as jacoco-it.exec=0.80.");
        }
        String file = layer.substring(0, equals).trim();
        String where = parameter + "[" + file + "]";
        CoverageLimit limit = CoverageLimit.parse(where, "LINE", "COVEREDRATIO", layer.substring(equals + 1), null);
        return new CoverageLayer(buildDirectory.resolve(file),
                new CoverageRule(file + " line coverage", ElementType.BUNDLE, List.of(), List.of(), List.of(limit)));
    }

    /** The layer's file name as the user wrote it, for messages. */
    public String name() {
        return execFile.getFileName().toString();
    }
}
