package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the test-results gate reads and holds the tests to.
 *
 * @param root              the module's folder: paths in findings are relative to it
 * @param layers            where each layer's reports are, in the order they are shown
 * @param testClasses       the compiled tests: reports older than the newest class are stale
 * @param hasTestSources    whether the module has tests to run at all
 * @param failOnNotRun      tests that did not run ({@code -DskipTests}) fail (true) or warn
 * @param maxSkipped        the most skipped tests allowed (a count or a share), or null for any number
 * @param failOnFlaky       a test that passed only on a rerun fails (true) or warns
 * @param budgets           time budgets by layer; a layer without one has none
 * @param shares            the expected share of all tests by layer (0.60), held within {@code shareTolerance}
 * @param shareTolerance    how far a layer's share may be from the expected one (0.10)
 * @param testSourceRoots   the module's test sources, where a failed test's method is looked up
 * @param rules             the tags and class names that move a test out of its report folder's layer
 * @param minimumTests      the fewest tests each layer named must have run
 */
public record TestResultsSettings(Path root, List<Layer> layers, Path testClasses, boolean hasTestSources,
                                  boolean failOnNotRun, SkipLimit maxSkipped, boolean failOnFlaky,
                                  Map<String, Budget> budgets, Map<String, BigDecimal> shares,
                                  BigDecimal shareTolerance, List<Path> testSourceRoots, LayerRules rules,
                                  Map<String, Integer> minimumTests) {

    /** The default tolerance of a layer's share. */
    public static final String DEFAULT_SHARE_TOLERANCE = "0.10";

    /**
     * A layer's time budget in seconds: all its tests together, and any one test; either may be null.
     */
    public record Budget(BigDecimal total, BigDecimal perTest) {
    }

    /** The settings of the gate without budgets or shares. */
    public TestResultsSettings(Path root, List<Layer> layers, Path testClasses, boolean hasTestSources,
                               boolean failOnNotRun, SkipLimit maxSkipped, boolean failOnFlaky) {
        this(root, layers, testClasses, hasTestSources, failOnNotRun, maxSkipped, failOnFlaky, Map.of(), Map.of(),
                new BigDecimal(DEFAULT_SHARE_TOLERANCE), List.of(), LayerRules.defaults(), Map.of());
    }

    /** Surefire's reports are unit tests, Failsafe's integration tests: Maven's conventions. */
    public static final String DEFAULT_LAYERS = "unit=target/surefire-reports,integration=target/failsafe-reports";

    /** A layer of the pyramid and the folder its reports are written to. */
    public record Layer(String name, Path reports) {
    }

    public TestResultsSettings {
        layers = List.copyOf(layers);
        // in the order given: the table lists them so
        budgets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(budgets));
        shares = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(shares));
        shareTolerance = shareTolerance == null ? new BigDecimal(DEFAULT_SHARE_TOLERANCE) : shareTolerance;
        testSourceRoots = List.copyOf(testSourceRoots);
        rules = rules == null ? LayerRules.defaults() : rules;
        minimumTests = minimumTests == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(minimumTests));
    }

    /**
     * The layers in the order the table shows them: the report folders', then those the rules add,
     * then any that only a rule on numbers names (an empty layer held to a minimum is still shown).
     */
    public List<String> layerNames() {
        List<String> names = new ArrayList<>(layers.stream().map(Layer::name).distinct().toList());
        List<String> more = new ArrayList<>(rules.layers());
        more.addAll(minimumTests.keySet());
        more.addAll(shares.keySet());
        more.addAll(budgets.keySet());
        more.stream().filter(l -> !names.contains(l)).forEach(names::add);
        return names;
    }

    /**
     * {@code layer=number} pairs (seconds, or a share as 0.60 or 60%), comma-separated or one per
     * entry, for the parameter named {@code parameter}.
     */
    public static Map<String, BigDecimal> parseNumbers(String parameter, List<String> entries, boolean share)
            throws GateInputException {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        String shape = "layer=" + (share ? "share" : "seconds");
        String example = share ? "unit=0.60,integration=0.10 (or 60%)." : "unit=60,integration=300 (seconds).";
        for (Map.Entry<String, String> pair : pairs(parameter, entries, shape, example)) {
            BigDecimal number = number(pair.getValue(), share);
            if (number == null) {
                throw GateInputException.ofParameter(parameter, "'" + pair.getKey() + "=" + pair.getValue()
                        + "' is not " + shape + ".", "write it as " + example);
            }
            numbers.put(pair.getKey(), number);
        }
        return numbers;
    }

    /**
     * A list parameter of {@code layer=value} pairs, comma-separated or one per entry, in the order
     * given; blank entries are ignored. What every layer parameter of the gate is written as.
     */
    static List<Map.Entry<String, String>> pairs(String parameter, List<String> entries, String shape,
                                                 String example) throws GateInputException {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (String entry : entries == null ? List.<String>of() : entries) {
            for (String pair : entry.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] parts = pair.split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    throw GateInputException.ofParameter(parameter, "'" + pair.trim() + "' is not " + shape + ".",
                            "write it as " + example);
                }
                pairs.add(Map.entry(parts[0].trim(), parts[1].trim()));
            }
        }
        return pairs;
    }

    private static BigDecimal number(String text, boolean share) {
        try {
            BigDecimal value = text.endsWith("%") && share
                    ? new BigDecimal(text.substring(0, text.length() - 1).trim()).movePointLeft(2) : new BigDecimal(text);
            boolean valid = value.signum() >= 0 && (!share || value.compareTo(BigDecimal.ONE) <= 0);
            return valid ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The {@code minimumTests} parameter: {@code layer=count} pairs, each a whole number. */
    public static Map<String, Integer> parseCounts(String parameter, List<String> entries) throws GateInputException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : pairs(parameter, entries, "layer=count", "unit=1,integration=1.")) {
            try {
                int count = Integer.parseInt(pair.getValue());
                if (count >= 0) {
                    counts.put(pair.getKey(), count);
                    continue;
                }
            } catch (NumberFormatException e) {
                // named below
            }
            throw GateInputException.ofParameter(parameter, "'" + pair.getKey() + "=" + pair.getValue()
                    + "' is not layer=count.", "write it as unit=1,integration=1 (a whole number of tests).");
        }
        return counts;
    }

    /** Budgets from the two parameters: each layer's total and per-test seconds. */
    public static Map<String, Budget> budgets(Map<String, BigDecimal> totals, Map<String, BigDecimal> perTest) {
        Map<String, Budget> budgets = new LinkedHashMap<>();
        java.util.Set<String> layers = new java.util.LinkedHashSet<>(totals.keySet());
        layers.addAll(perTest.keySet());
        for (String layer : layers) {
            budgets.put(layer, new Budget(totals.get(layer), perTest.get(layer)));
        }
        return budgets;
    }

    /**
     * The {@code layers} parameter: {@code layer=folder} pairs, comma-separated or one per entry,
     * each folder relative to the module.
     */
    public static List<Layer> parseLayers(List<String> entries, Path module) throws GateInputException {
        List<Layer> parsed = new ArrayList<>();
        for (Map.Entry<String, String> pair : pairs("layers", entries, "layer=folder", DEFAULT_LAYERS + ".")) {
            parsed.add(new Layer(pair.getKey(), module.resolve(pair.getValue())));
        }
        return parsed;
    }
}
