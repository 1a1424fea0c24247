package dev.devflow.testresults;

import dev.devflow.gate.Finding;
import dev.devflow.gate.Gate;
import dev.devflow.gate.GateInputException;
import dev.devflow.gate.GateResult;
import dev.devflow.gate.Location;
import dev.devflow.gate.Measurement;
import dev.devflow.gate.Severity;
import dev.devflow.gate.Threshold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The test pyramid from the reports Surefire and Failsafe already write: how many tests each
 * layer ran, failed, skipped and passed only on a rerun, and how long they took. Fails when
 * tests did not run at all (never a pass on zero tests), when a test failed, when reports are
 * stale, when more tests were skipped than allowed and, if told, when a test was flaky.
 */
public final class TestResultsGate implements Gate {

    public static final String NAME = "test-results";
    static final int SLOWEST = 10;

    private final TestResultsSettings settings;
    private final TestMethods methods;

    public TestResultsGate(TestResultsSettings settings) {
        this.settings = settings;
        this.methods = new TestMethods(settings.root(), settings.testSourceRoots());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public GateResult evaluate() throws GateInputException {
        List<Path> reports = new ArrayList<>();
        List<TestCase> cases = new ArrayList<>();
        for (TestResultsSettings.Layer layer : settings.layers()) {
            for (Path report : reportsIn(layer.reports())) {
                reports.add(report);
                cases.addAll(TestReportParser.parse(report, shown(report), layer.name()));
            }
        }
        cases = sorted(cases);
        if (reports.isEmpty()) {
            return notRun();
        }
        List<Finding> findings = new ArrayList<>(stale(reports));
        for (TestCase test : cases) {
            outcomeFinding(test).ifPresent(findings::add);
        }
        long skipped = count(cases, TestCase.Outcome.SKIPPED);
        List<Measurement> measurements = new ArrayList<>();
        long failed = count(cases, TestCase.Outcome.FAILED) + count(cases, TestCase.Outcome.ERROR);
        measurements.add(new Measurement("failed tests", Long.toString(failed), cases.size() + " run",
                Threshold.maximum(BigDecimal.ZERO), failed == 0, failed + (failed == 1 ? " test" : " tests")
                + " failed: fix them (each is listed below)."));
        if (settings.maxSkipped() != null) {
            long allowed = settings.maxSkipped().allowed(cases.size());
            measurements.add(new Measurement("skipped tests", Long.toString(skipped), "",
                    Threshold.maximum(BigDecimal.valueOf(allowed)), skipped <= allowed, skipped + (skipped == 1 ? " test" : " tests") + " skipped, at most "
                    + settings.maxSkipped().describe(cases.size()) + " allowed: run them or remove them."));
        }
        measurements.addAll(minimums(cases));
        measurements.addAll(budgets(cases, findings));
        measurements.addAll(shares(cases));
        String headline = cases.size() + (cases.size() == 1 ? " test" : " tests") + ", " + failed + " failed, "
                + skipped + " skipped, " + count(cases, TestCase.Outcome.FLAKY) + " flaky";
        return GateResult.measured(NAME, headline, measurements, findings, details(cases));
    }

    /** Each test in the layer its tags or class name give it, else in its report folder's. */
    private List<TestCase> sorted(List<TestCase> cases) throws GateInputException {
        LayerRules rules = settings.rules();
        TestTags tags = new TestTags(settings.testClasses());
        List<TestCase> sorted = new ArrayList<>(cases.size());
        for (TestCase test : cases) {
            String layer = rules.layerOf(test, rules.readsTags() ? tags.of(test) : java.util.Set.of());
            sorted.add(layer.equals(test.layer()) ? test : test.inLayer(layer));
        }
        return sorted;
    }

    /** No report in any layer's folder: tests skipped, or not bound; never a pass on zero tests. */
    private GateResult notRun() {
        if (!settings.hasTestSources()) {
            return GateResult.notApplicable(NAME, "no test sources, no test reports");
        }
        String folders = String.join(", ", settings.layers().stream().map(l -> shown(l.reports())).toList());
        Severity severity = settings.failOnNotRun() ? Severity.ERROR : Severity.WARNING;
        Finding finding = new Finding("test-results.not-run", severity, "tests did not run: the module has test"
                + " sources but no TEST-*.xml report in " + folders + " (skipped with -DskipTests or"
                + " -Dmaven.test.skip, or Surefire writes its reports elsewhere)."
                + (settings.failOnNotRun() ? " Run the tests, point devflow.test-results.layers at the reports,"
                + " or set devflow.test-results.failOnSkippedTests=false to only warn." : ""), null);
        return GateResult.measured(NAME, "skipped: tests did not run", List.of(), List.of(finding), Map.of());
    }

    /** Reports written before the newest test class: from an earlier build, not this one's tests. */
    private List<Finding> stale(List<Path> reports) throws GateInputException {
        Optional<FileTime> newestClass = newest(settings.testClasses(), ".class");
        if (newestClass.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Path report : reports) {
            FileTime written;
            try {
                written = modified(report);
            } catch (UncheckedIOException e) {
                throw GateInputException.ofFile(report, "cannot be read: " + e.getCause().getMessage(),
                        "run the tests again.");
            }
            if (written.compareTo(newestClass.get()) < 0) {
                findings.add(new Finding("test-results.stale", Severity.ERROR, "the report is older than the"
                        + " module's newest test class, so it is from an earlier build; run the tests again"
                        + " (mvn clean verify).", Location.ofFile(shown(report))));
            }
        }
        return findings;
    }

    /** Each layer named in {@code minimumTests} against its fewest tests: an empty layer is named. */
    private List<Measurement> minimums(List<TestCase> cases) {
        List<Measurement> measurements = new ArrayList<>();
        settings.minimumTests().forEach((layer, minimum) -> {
            long in = cases.stream().filter(c -> c.layer().equals(layer)).count();
            measurements.add(new Measurement("tests in " + layer, Long.toString(in), "", Threshold.minimum(
                    BigDecimal.valueOf(minimum)), in >= minimum, "the " + layer + " layer ran " + in
                    + (in == 1 ? " test" : " tests") + ", at least " + minimum + " expected: add them, or check"
                    + " that their plugin runs and writes to the layer's folder."));
        });
        return measurements;
    }

    /** Each layer's time against its budget, and each test over its layer's per-test budget as a finding. */
    private List<Measurement> budgets(List<TestCase> cases, List<Finding> findings) {
        List<Measurement> measurements = new ArrayList<>();
        settings.budgets().forEach((layer, budget) -> {
            List<TestCase> in = cases.stream().filter(c -> c.layer().equals(layer))
                    .sorted(Comparator.comparing(TestCase::seconds).reversed()).toList();
            if (budget.total() != null) {
                BigDecimal total = in.stream().map(TestCase::seconds).reduce(BigDecimal.ZERO, BigDecimal::add);
                boolean met = total.compareTo(budget.total()) <= 0;
                String slowest = String.join(", ", in.stream().limit(3).map(c -> c.id() + " " + c.seconds() + " s").toList());
                measurements.add(new Measurement("seconds of " + layer, total.toPlainString(), in.size() + " tests",
                        Threshold.maximum(budget.total()), met, "the " + layer + " tests took " + total.toPlainString()
                        + " s, over their budget of " + budget.total().toPlainString() + " s; the slowest: " + slowest
                        + "."));
            }
            if (budget.perTest() != null) {
                for (TestCase test : in) {
                    if (test.seconds().compareTo(budget.perTest()) > 0) {
                        findings.add(placed(test, "test-results.slow", Severity.ERROR, test.id() + " took "
                                + test.seconds().toPlainString() + " s, over the " + layer + " budget of "
                                + budget.perTest().toPlainString() + " s per test"));
                    }
                }
            }
        });
        return measurements;
    }

    /** Each layer's share of all tests against the expected one, within the tolerance. */
    private List<Measurement> shares(List<TestCase> cases) {
        List<Measurement> measurements = new ArrayList<>();
        settings.shares().forEach((layer, expected) -> {
            long in = cases.stream().filter(c -> c.layer().equals(layer)).count();
            BigDecimal share = LayerTotals.share(in, cases.size());
            BigDecimal off = share.subtract(expected).abs();
            boolean met = off.compareTo(settings.shareTolerance()) <= 0;
            measurements.add(new Measurement("share of " + layer, share.toPlainString(), in + " of " + cases.size()
                    + " tests, expected " + expected.toPlainString(), share.compareTo(expected) < 0
                    ? Threshold.minimum(expected.subtract(settings.shareTolerance()).max(BigDecimal.ZERO))
                    : Threshold.maximum(expected.add(settings.shareTolerance())), met, "the " + layer + " tests are " + share.toPlainString()
                    + " of all tests (" + in + " of " + cases.size() + "), expected " + expected.toPlainString() + " \u00b1 "
                    + settings.shareTolerance().toPlainString() + ": the pyramid is out of shape."));
        });
        return measurements;
    }

    private Optional<Finding> outcomeFinding(TestCase test) {
        return switch (test.outcome()) {
            case FAILED, ERROR -> Optional.of(placed(test, "test-results.failed", Severity.ERROR, test.id()
                    + (test.outcome() == TestCase.Outcome.ERROR ? " ended with an error" : " failed")
                    + " (" + test.layer() + ")"));
            case FLAKY -> Optional.of(placed(test, "test-results.flaky", settings.failOnFlaky() ? Severity.ERROR
                    : Severity.WARNING, test.id() + " passed only after " + test.reruns()
                    + (test.reruns() == 1 ? " failed run" : " failed runs") + " (" + test.layer() + "): a flaky"
                    + " test; make it deterministic"));
            default -> Optional.empty();
        };
    }

    /** At the test's method where its source is in the module, naming the report; else at the report. */
    private Finding placed(TestCase test, String rule, Severity severity, String message) {
        Optional<Location> method = methods.of(test);
        return method.map(at -> new Finding(rule, severity, message + "; report " + test.report() + ".", at))
                .orElseGet(() -> new Finding(rule, severity, message + ".", Location.ofFile(test.report())));
    }

    private Map<String, Object> details(List<TestCase> cases) {
        Map<String, Object> layers = new LinkedHashMap<>();
        List<String> folderLayers = settings.layers().stream().map(TestResultsSettings.Layer::name).toList();
        for (String layer : settings.layerNames()) {
            List<TestCase> in = cases.stream().filter(c -> c.layer().equals(layer)).toList();
            boolean named = folderLayers.contains(layer) || settings.shares().containsKey(layer)
                    || settings.budgets().containsKey(layer) || settings.minimumTests().containsKey(layer);
            if (in.isEmpty() && !named) {
                continue; // a rule's layer no test went to: smoke and e2e would fill every table
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("tests", in.size());
            figures.put("failed", count(in, TestCase.Outcome.FAILED));
            figures.put("errors", count(in, TestCase.Outcome.ERROR));
            figures.put("skipped", count(in, TestCase.Outcome.SKIPPED));
            figures.put("flaky", count(in, TestCase.Outcome.FLAKY));
            figures.put("seconds", in.stream().map(TestCase::seconds).reduce(BigDecimal.ZERO, BigDecimal::add));
            figures.put("share", LayerTotals.share(in.size(), cases.size()));
            layers.put(layer, figures);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("layers", layers);
        details.put("slowest", cases.stream().sorted(Comparator.comparing(TestCase::seconds).reversed()).limit(SLOWEST)
                .map(c -> c.id() + " " + c.seconds() + " s").toList());
        return details;
    }

    private static long count(List<TestCase> cases, TestCase.Outcome outcome) {
        return cases.stream().filter(c -> c.outcome() == outcome).count();
    }

    private static List<Path> reportsIn(Path folder) throws GateInputException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String name = f.getFileName().toString();
                return name.startsWith("TEST-") && name.endsWith(".xml");
            }).sorted().toList();
        } catch (IOException e) {
            throw GateInputException.ofFile(folder, "the report folder cannot be read: " + e.getMessage(),
                    "check its permissions.");
        }
    }

    private static Optional<FileTime> newest(Path folder, String suffix) throws GateInputException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix) && Files.isRegularFile(f))
                    .map(TestResultsGate::modified).max(Comparator.naturalOrder());
        } catch (IOException | UncheckedIOException e) {
            throw GateInputException.ofFile(folder, "the test classes cannot be read: " + e.getMessage(),
                    "build the module again: mvn clean verify.");
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String shown(Path path) {
        Path root = settings.root().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
