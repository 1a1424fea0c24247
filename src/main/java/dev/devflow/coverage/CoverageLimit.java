package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import dev.devflow.gate.Threshold;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * One limit of a rule, in jacoco:check's vocabulary: a counter (LINE), a value
 * (COVEREDRATIO) and a minimum and/or maximum. Values are written {@code 0.85} or {@code 85%}.
 *
 * @param counter what is counted
 * @param value   which number of the counter is held
 * @param minimum lower bound, or null
 * @param maximum upper bound, or null
 */
public record CoverageLimit(CounterEntity counter, CounterValue value, BigDecimal minimum,
                            BigDecimal maximum) {

    /**
     * Reads a limit as a user configures it, failing with the parameter's name on anything
     * that could not be meant: an unknown counter, a ratio outside 0..1, a maximum below the
     * minimum, a limit without bounds.
     *
     * @param where names the limit in messages, such as {@code rules[1].limits[2]}
     */
    public static CoverageLimit parse(String where, String counter, String value, String minimum,
                                      String maximum) throws GateInputException {
        CounterEntity entity = enumValue(where + ".counter", CounterEntity.class,
                counter == null ? "INSTRUCTION" : counter);
        CounterValue counterValue = enumValue(where + ".value", CounterValue.class,
                value == null ? "COVEREDRATIO" : value);
        BigDecimal min = Threshold.parseLimit(where + ".minimum", minimum);
        BigDecimal max = Threshold.parseLimit(where + ".maximum", maximum);
        if (min == null && max == null) {
            throw GateInputException.ofParameter(where, "has neither minimum nor maximum.",
                    "give it <minimum> or <maximum>, or remove the limit.");
        }
        boolean ratio = counterValue == CounterValue.COVEREDRATIO || counterValue == CounterValue.MISSEDRATIO;
        checkRange(where + ".minimum", min, ratio);
        checkRange(where + ".maximum", max, ratio);
        if (min != null && max != null && max.compareTo(min) < 0) {
            throw GateInputException.ofParameter(where, "maximum " + max.toPlainString()
                    + " is below minimum " + min.toPlainString() + ", so no value can pass.",
                    "swap them or correct one of them.");
        }
        return new CoverageLimit(entity, counterValue, min, max);
    }

    private static <E extends Enum<E>> E enumValue(String where, Class<E> type, String text)
            throws GateInputException {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw GateInputException.ofParameter(where, "unknown value '" + text + "'.",
                    "use one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
    }

    private static void checkRange(String where, BigDecimal bound, boolean ratio) throws GateInputException {
        if (bound == null) {
            return;
        }
        if (ratio && (bound.signum() < 0 || bound.compareTo(BigDecimal.ONE) > 0)) {
            throw GateInputException.ofParameter(where, "ratio " + bound.toPlainString()
                    + " is outside 0.0..1.0.", "write a ratio such as 0.85 or a percentage such as 85%.");
        }
        if (!ratio && bound.signum() < 0) {
            throw GateInputException.ofParameter(where, "count " + bound.toPlainString()
                    + " is negative.", "counts are 0 or more.");
        }
    }

    /** {@code LINE COVEREDRATIO} */
    public String label() {
        return counter + " " + value;
    }
}
