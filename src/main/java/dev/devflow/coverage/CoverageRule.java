package dev.devflow.coverage;

import dev.devflow.gate.GateInputException;
import org.jacoco.core.analysis.ICoverageNode.ElementType;
import org.jacoco.core.runtime.WildcardMatcher;

import java.util.List;
import java.util.Locale;

/**
 * A rule as jacoco:check has it: an element type, element names included and excluded with
 * JaCoCo's wildcards ({@code *}, {@code ?}, several patterns joined by {@code :}), and limits
 * that every matching element must respect.
 *
 * @param name     how the rule is named in messages ({@code rule 1}, {@code critical packages})
 * @param element  BUNDLE, PACKAGE, CLASS, SOURCEFILE or METHOD
 * @param includes element names the rule applies to (default {@code *})
 * @param excludes element names it skips
 * @param limits   what each element must reach
 */
public record CoverageRule(String name, ElementType element, List<String> includes,
                           List<String> excludes, List<CoverageLimit> limits) {

    public CoverageRule {
        includes = includes == null || includes.isEmpty() ? List.of("*") : List.copyOf(includes);
        excludes = excludes == null ? List.of() : List.copyOf(excludes);
        limits = List.copyOf(limits);
    }

    /**
     * Reads a rule as a user configures it; the element must be one jacoco:check knows.
     *
     * @param where names the rule in messages ({@code rules[2]})
     */
    public static CoverageRule parse(String where, String element, List<String> includes,
                                     List<String> excludes, List<CoverageLimit> limits)
            throws GateInputException {
        ElementType type;
        try {
            type = ElementType.valueOf((element == null ? "BUNDLE" : element).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            type = null;
        }
        if (type == null || type == ElementType.GROUP) {
            throw GateInputException.ofParameter(where + ".element", "unknown element '" + element + "'.",
                    "use one of BUNDLE, PACKAGE, CLASS, SOURCEFILE, METHOD.");
        }
        if (limits.isEmpty()) {
            throw GateInputException.ofParameter(where, "has no <limits>, so it checks nothing.",
                    "add a <limit> or remove the rule.");
        }
        return new CoverageRule(where, type, includes, excludes, limits);
    }

    /** Whether the rule applies to an element of its type with this name. */
    public boolean appliesTo(String elementName) {
        return matcher(includes).matches(elementName)
                && (excludes.isEmpty() || !matcher(excludes).matches(elementName));
    }

    private static WildcardMatcher matcher(List<String> patterns) {
        return new WildcardMatcher(String.join(":", patterns));
    }
}
