package dev.devflow.coverage;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.jacoco.core.analysis.ICounter.CounterValue;
import org.jacoco.core.analysis.ICoverageNode;
import org.jacoco.core.analysis.ICoverageNode.CounterEntity;
import org.jacoco.core.analysis.IMethodCoverage;
import org.jacoco.core.analysis.IPackageCoverage;
import org.jacoco.core.analysis.ISourceFileCoverage;
import org.jacoco.report.JavaNames;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds every element of a bundle against the rules, as jacoco:check does (same element
 * names, same comparison, same message text), and adds what jacoco:check does not say: how
 * many more units must be covered.
 */
final class RuleCheck {

    private static final JavaNames NAMES = new JavaNames();
    private static final Map<CounterEntity, String> UNITS = Map.of(
            CounterEntity.INSTRUCTION, "instructions", CounterEntity.BRANCH, "branches",
            CounterEntity.LINE, "lines", CounterEntity.COMPLEXITY, "complexity",
            CounterEntity.METHOD, "methods", CounterEntity.CLASS, "classes");
    private static final Map<CounterValue, String> VALUES = Map.of(
            CounterValue.TOTALCOUNT, "total count", CounterValue.MISSEDCOUNT, "missed count",
            CounterValue.COVEREDCOUNT, "covered count", CounterValue.MISSEDRATIO, "missed ratio",
            CounterValue.COVEREDRATIO, "covered ratio");

    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    /** An element of the bundle with the name jacoco:check matches rules against. */
    private record Element(String type, String name, ICoverageNode node) {
    }

    static RuleCheck run(IBundleCoverage bundle, List<CoverageRule> rules) {
        RuleCheck check = new RuleCheck();
        for (CoverageRule rule : rules) {
            List<Element> elements = elementsOf(bundle, rule).stream()
                    .filter(e -> rule.appliesTo(e.name())).toList();
            if (elements.isEmpty()) {
                check.findings.add(new Finding("coverage.rule-matches-nothing", Severity.WARNING,
                        rule.name() + ": no " + rule.element().name().toLowerCase() + " matches "
                                + rule.includes() + ", so the rule checks nothing; correct the pattern.", null));
                continue;
            }
            for (CoverageLimit limit : rule.limits()) {
                check.hold(rule, limit, elements);
            }
        }
        return check;
    }

    /** Adds another check's results to this one: a layer's rule beside the module's rules. */
    void include(RuleCheck other) {
        measurements.addAll(other.measurements);
        findings.addAll(other.findings);
    }

    List<Measurement> measurements() {
        return measurements;
    }

    List<Finding> findings() {
        return findings;
    }

    private void hold(CoverageRule rule, CoverageLimit limit, List<Element> elements) {
        Element worst = null;
        int violations = 0;
        for (Element element : elements) {
            double value = element.node().getCounter(limit.counter()).getValue(limit.value());
            if (Double.isNaN(value)) {
                continue; // nothing to count, as jacoco:check skips it
            }
            BigDecimal measured = BigDecimal.valueOf(value);
            Threshold broken = brokenBound(limit, measured);
            if (broken != null) {
                violations++;
                measurements.add(violation(rule, limit, element, measured, broken));
            } else if (worst == null || isWorse(limit, value, worst)) {
                worst = element;
            }
        }
        if (violations == 0 && worst != null) {
            measurements.add(passed(rule, limit, worst, elements.size()));
        }
    }

    private static Threshold brokenBound(CoverageLimit limit, BigDecimal measured) {
        if (limit.minimum() != null && limit.minimum().compareTo(measured) > 0) {
            return Threshold.minimum(limit.minimum());
        }
        if (limit.maximum() != null && limit.maximum().compareTo(measured) < 0) {
            return Threshold.maximum(limit.maximum());
        }
        return null;
    }

    private static boolean isWorse(CoverageLimit limit, double value, Element than) {
        double other = than.node().getCounter(limit.counter()).getValue(limit.value());
        return limit.minimum() != null ? value < other : value > other;
    }

    private static Measurement violation(CoverageRule rule, CoverageLimit limit, Element element,
                                         BigDecimal measured, Threshold bound) {
        RoundingMode mode = bound.bound() == Threshold.Bound.MINIMUM ? RoundingMode.FLOOR : RoundingMode.CEILING;
        String shown = measured.setScale(bound.limit().scale(), mode).toPlainString();
        String message = String.format("%s: Rule violated for %s %s: %s %s is %s, but expected %s is %s",
                rule.name(), element.type(), element.name(), UNITS.get(limit.counter()),
                VALUES.get(limit.value()), shown, bound.bound().word(), bound.limit().toPlainString())
                + gap(limit, element.node().getCounter(limit.counter()), bound);
        return new Measurement(name(rule, limit, element), shown, detail(element, limit), bound, false, message);
    }

    private static Measurement passed(CoverageRule rule, CoverageLimit limit, Element worst, int count) {
        Threshold bound = limit.minimum() != null ? Threshold.minimum(limit.minimum()) : Threshold.maximum(limit.maximum());
        BigDecimal measured = BigDecimal.valueOf(worst.node().getCounter(limit.counter()).getValue(limit.value()));
        RoundingMode mode = bound.bound() == Threshold.Bound.MINIMUM ? RoundingMode.FLOOR : RoundingMode.CEILING;
        String shown = measured.setScale(Math.max(2, bound.limit().scale()), mode).toPlainString();
        String detail = count > 1 ? "lowest of " + count + ": " + worst.name() : detail(worst, limit);
        if (limit.minimum() != null && limit.maximum() != null) {
            detail = detail + "; maximum " + limit.maximum().toPlainString() + " also holds";
        }
        return new Measurement(name(rule, limit, worst.type().equals("bundle") ? worst : null), shown,
                detail, bound, true, "");
    }

    private static String name(CoverageRule rule, CoverageLimit limit, Element element) {
        String base = rule.name() + ": " + rule.element() + " " + limit.label();
        return element == null || element.type().equals("bundle") ? base : base + " of " + element.name();
    }

    private static String detail(Element element, CoverageLimit limit) {
        ICounter counter = element.node().getCounter(limit.counter());
        return counter.getCoveredCount() + " of " + counter.getTotalCount() + " " + UNITS.get(limit.counter()) + " covered";
    }

    /** How many more units to cover (or fewer to miss) to meet the bound; empty when it has no such fix. */
    static String gap(CoverageLimit limit, ICounter counter, Threshold bound) {
        BigDecimal total = BigDecimal.valueOf(counter.getTotalCount());
        BigDecimal covered = BigDecimal.valueOf(counter.getCoveredCount());
        BigDecimal missed = BigDecimal.valueOf(counter.getMissedCount());
        BigDecimal needed = switch (limit.value()) {
            case COVEREDRATIO -> bound.bound() == Threshold.Bound.MINIMUM
                    ? bound.limit().multiply(total).setScale(0, RoundingMode.CEILING).subtract(covered) : null;
            case MISSEDRATIO -> bound.bound() == Threshold.Bound.MAXIMUM
                    ? missed.subtract(bound.limit().multiply(total).setScale(0, RoundingMode.FLOOR)) : null;
            case COVEREDCOUNT -> bound.bound() == Threshold.Bound.MINIMUM ? bound.limit().subtract(covered) : null;
            case MISSEDCOUNT -> bound.bound() == Threshold.Bound.MAXIMUM ? missed.subtract(bound.limit()) : null;
            case TOTALCOUNT -> null;
        };
        if (needed == null || needed.signum() <= 0) {
            return "";
        }
        BigDecimal units = needed.setScale(0, RoundingMode.CEILING);
        String unit = units.intValue() == 1 ? singular(limit.counter()) : UNITS.get(limit.counter());
        return " — cover " + units.toPlainString() + " more " + unit + " to reach " + bound.limit().toPlainString();
    }

    private static String singular(CounterEntity entity) {
        return switch (entity) {
            case BRANCH -> "branch";
            case COMPLEXITY -> "complexity";
            case CLASS -> "class";
            default -> UNITS.get(entity).substring(0, UNITS.get(entity).length() - 1);
        };
    }

    private static List<Element> elementsOf(IBundleCoverage bundle, CoverageRule rule) {
        List<Element> elements = new ArrayList<>();
        switch (rule.element()) {
            case BUNDLE -> elements.add(new Element("bundle", bundle.getName(), bundle));
            case PACKAGE -> bundle.getPackages().forEach(p ->
                    elements.add(new Element("package", NAMES.getPackageName(p.getName()), p)));
            case CLASS -> classes(bundle).forEach(c ->
                    elements.add(new Element("class", NAMES.getQualifiedClassName(c.getName()), c)));
            case SOURCEFILE -> {
                for (IPackageCoverage p : bundle.getPackages()) {
                    for (ISourceFileCoverage s : p.getSourceFiles()) {
                        elements.add(new Element("source file", s.getPackageName() + "/" + s.getName(), s));
                    }
                }
            }
            case METHOD -> {
                for (IClassCoverage c : classes(bundle)) {
                    for (IMethodCoverage m : c.getMethods()) {
                        elements.add(new Element("method", NAMES.getQualifiedMethodName(c.getName(),
                                m.getName(), m.getDesc(), m.getSignature()), m));
                    }
                }
            }
            default -> throw new IllegalArgumentException("rules cannot apply to " + rule.element());
        }
        return elements;
    }

    private static List<IClassCoverage> classes(IBundleCoverage bundle) {
        return bundle.getPackages().stream().flatMap(p -> p.getClasses().stream()).toList();
    }
}
