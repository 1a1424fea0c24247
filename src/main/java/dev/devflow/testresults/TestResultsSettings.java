package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the test-results gate reads and holds the tests to.
 *
 * @param root              the module's folder: paths in findings are relative to it
 * @param layers            where each layer's reports are, in the order they are shown
 * @param testClasses       the compiled tests: reports older than the newest class are stale
 * @param hasTestSources    whether the module has tests to run at all
 * @param failOnNotRun      tests that did not run ({@code -DskipTests}) fail (true) or warn
 * @param maxSkipped        the most skipped tests allowed, or null for any number
 * @param failOnFlaky       a test that passed only on a rerun fails (true) or warns
 */
public record TestResultsSettings(Path root, List<Layer> layers, Path testClasses, boolean hasTestSources,
                                  boolean failOnNotRun, Integer maxSkipped, boolean failOnFlaky) {

    /** Surefire's reports are unit tests, Failsafe's integration tests: Maven's conventions. */
    public static final String DEFAULT_LAYERS = "unit=target/surefire-reports,integration=target/failsafe-reports";

    /** A layer of the pyramid and the folder its reports are written to. */
    public record Layer(String name, Path reports) {
    }

    public TestResultsSettings {
        layers = List.copyOf(layers);
    }

    /**
     * The {@code layers} parameter: {@code layer=folder} pairs, comma-separated or one per entry,
     * each folder relative to the module.
     */
    public static List<Layer> parseLayers(List<String> entries, Path module) throws GateInputException {
        List<Layer> parsed = new ArrayList<>();
        for (String entry : entries) {
            for (String pair : entry.split(",")) {
                String[] parts = pair.split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw GateInputException.ofParameter("layers", "'" + pair.trim() + "' is not layer=folder.",
                            "write it as " + DEFAULT_LAYERS + ".");
                }
                parsed.add(new Layer(parts[0].trim(), module.resolve(parts[1].trim())));
            }
        }
        return parsed;
    }
}
