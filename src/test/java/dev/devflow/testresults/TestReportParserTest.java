package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On reports a real Surefire run wrote (src/test/resources/testresults/README.md). */
class TestReportParserTest {

    static Path report(String name) throws URISyntaxException {
        return Path.of(TestReportParserTest.class.getResource("/testresults/" + name).toURI());
    }

    @Test
    void readsEachTestCaseAndHowItEnded() throws Exception {
        List<TestCase> cart = TestReportParser.parse(report("TEST-shop.CartTest.xml"), "cart.xml", "unit");
        List<TestCase> receipt = TestReportParser.parse(report("TEST-shop.ReceiptTest.xml"), "receipt.xml", "unit");

        assertThat(cart).extracting(TestCase::id, TestCase::outcome, TestCase::reruns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shop.CartTest#totals", TestCase.Outcome.PASSED, 0),
                org.assertj.core.groups.Tuple.tuple("shop.CartTest#discounts", TestCase.Outcome.SKIPPED, 0),
                org.assertj.core.groups.Tuple.tuple("shop.CartTest#flaky", TestCase.Outcome.FLAKY, 1));
        assertThat(receipt).extracting(TestCase::id, TestCase::outcome, TestCase::reruns).containsExactly(
                org.assertj.core.groups.Tuple.tuple("shop.ReceiptTest#printsTheTotal", TestCase.Outcome.PASSED, 0),
                org.assertj.core.groups.Tuple.tuple("shop.ReceiptTest#failsAlways", TestCase.Outcome.FAILED, 2));
        assertThat(cart.get(0).seconds()).isEqualByComparingTo("0.068");
        assertThat(cart).allSatisfy(c -> assertThat(c.layer()).isEqualTo("unit"))
                .allSatisfy(c -> assertThat(c.report()).isEqualTo("cart.xml"));
    }

    @Test
    void aReportCutShortByACrashedForkNamesItsFileAndLine() throws Exception {
        Path crashed = report("TEST-shop.CrashedTest.xml");

        assertThatThrownBy(() -> TestReportParser.parse(crashed, "crashed.xml", "unit"))
                .isInstanceOf(GateInputException.class)
                .hasMessageStartingWith(crashed + ":")
                .hasMessageContaining("the test report is not well-formed XML")
                .hasMessageContaining("a test JVM that crashed leaves such a report")
                .hasMessageEndingWith("Fix: run the tests again: mvn clean verify.");
    }

    @Test
    void anExternalEntityIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "s3cret");
        Path hostile = Files.writeString(dir.resolve("TEST-x.xml"), "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE testsuite [<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<testsuite><testcase classname=\"x\" name=\"&leak;\"/></testsuite>\n");

        assertThatThrownBy(() -> TestReportParser.parse(hostile, "TEST-x.xml", "unit"))
                .isInstanceOf(GateInputException.class)
                .hasMessageContaining("not well-formed XML")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret"));
    }
}
