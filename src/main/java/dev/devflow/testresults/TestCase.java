package dev.devflow.testresults;

import java.math.BigDecimal;

/**
 * One test case as a Surefire or Failsafe report records it.
 *
 * @param className the test class ({@code com.acme.CartTest})
 * @param name      the test method or display name
 * @param layer     the layer its report belongs to ({@code unit}, {@code integration})
 * @param seconds   how long it ran
 * @param outcome   how it ended
 * @param reruns    the failed runs before it passed (flaky), or before its last failure
 * @param report    the report file, as shown ({@code target/surefire-reports/TEST-com.acme.CartTest.xml})
 */
public record TestCase(String className, String name, String layer, BigDecimal seconds, Outcome outcome,
                       int reruns, String report) {

    /** How a test ended. */
    public enum Outcome {
        PASSED, FAILED, ERROR, SKIPPED,
        /** Failed, then passed when Surefire ran it again ({@code rerunFailingTestsCount}). */
        FLAKY
    }

    /** The same test counted in another layer (its tag or class name moved it there). */
    public TestCase inLayer(String other) {
        return new TestCase(className, name, other, seconds, outcome, reruns, report);
    }

    /** {@code com.acme.CartTest#totals}, as failures name a test. */
    public String id() {
        return className + "#" + name;
    }
}
