package dev.devflow.testresults;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One layer's figures summed over the reactor's modules, for {@code check}'s reactor table:
 * the pyramid of the whole build, as the modules' own tables cannot show it.
 *
 * @param failed failed tests and tests that ended with an error
 */
public record LayerTotals(String layer, long tests, long failed, long skipped, long flaky, BigDecimal seconds) {

    /** The layers of each module's test-results details ({@code details.layers}), in first-seen order. */
    public static List<LayerTotals> across(List<Map<String, Object>> modulesDetails) {
        Map<String, LayerTotals> totals = new LinkedHashMap<>();
        for (Map<String, Object> details : modulesDetails) {
            if (!(details.get("layers") instanceof Map<?, ?> layers)) {
                continue;
            }
            layers.forEach((name, value) -> {
                if (value instanceof Map<?, ?> figures) {
                    LayerTotals module = new LayerTotals(name.toString(), number(figures, "tests").longValue(),
                            number(figures, "failed").longValue() + number(figures, "errors").longValue(),
                            number(figures, "skipped").longValue(), number(figures, "flaky").longValue(),
                            number(figures, "seconds"));
                    totals.merge(module.layer(), module, LayerTotals::plus);
                }
            });
        }
        return new ArrayList<>(totals.values());
    }

    /** This layer's share of {@code all} tests, to two places as the module tables show it. */
    public BigDecimal shareOf(long all) {
        return share(tests, all);
    }

    /** {@code part} of {@code all}, to two places: what every table and the share rule show. */
    static BigDecimal share(long part, long all) {
        return all == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(all), 2, java.math.RoundingMode.HALF_UP);
    }

    private LayerTotals plus(LayerTotals other) {
        return new LayerTotals(layer, tests + other.tests, failed + other.failed, skipped + other.skipped,
                flaky + other.flaky, seconds.add(other.seconds));
    }

    /** A figure as written by the gate or read back from a cached report (any number type). */
    private static BigDecimal number(Map<?, ?> figures, String name) {
        Object value = figures.get(name);
        return value instanceof Number n ? new BigDecimal(n.toString()) : BigDecimal.ZERO;
    }
}
