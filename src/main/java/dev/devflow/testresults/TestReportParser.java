package dev.devflow.testresults;

import dev.devflow.gate.GateInputException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code TEST-*.xml} report as Surefire and Failsafe write it: each {@code <testcase>}
 * and how it ended ({@code <failure>}, {@code <error>}, {@code <skipped>}; {@code <flakyFailure>}
 * and {@code <flakyError>} for a test that passed on a rerun, {@code <rerunFailure>} and
 * {@code <rerunError>} for the reruns of one that kept failing). A document type declaration is
 * refused, so no external entity is ever read; a report cut short (a crashed fork) fails naming
 * its file and line, and nothing after the error is read.
 */
public final class TestReportParser {

    private static final XMLInputFactory FACTORY = factory();

    private TestReportParser() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /**
     * @param file  the report
     * @param shown how findings name it
     * @param layer the layer its tests belong to
     */
    public static List<TestCase> parse(Path file, String shown, String layer) throws GateInputException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return cases(xml, shown, layer);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
            throw new GateInputException(file, line, "the test report is not well-formed XML (" + firstLine(e)
                    + "); a test JVM that crashed leaves such a report.", "run the tests again: mvn clean verify.");
        } catch (IOException e) {
            throw GateInputException.ofFile(file, "the test report cannot be read: " + e.getMessage(),
                    "run the tests again: mvn clean verify.");
        }
    }

    private static List<TestCase> cases(XMLStreamReader xml, String shown, String layer) throws XMLStreamException {
        List<TestCase> cases = new ArrayList<>();
        CaseBuilder current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("a document type declaration, which a test report never has",
                        xml.getLocation());
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                if (element.equals("testcase")) {
                    current = new CaseBuilder(xml.getAttributeValue(null, "classname"),
                            xml.getAttributeValue(null, "name"), xml.getAttributeValue(null, "time"));
                } else if (current != null) {
                    current.saw(element);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("testcase")
                    && current != null) {
                cases.add(current.build(layer, shown));
                current = null;
            }
        }
        return cases;
    }

    private static String firstLine(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        String text = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        return text.lines().findFirst().orElse("malformed").trim();
    }

    private static final class CaseBuilder {
        private final String className;
        private final String name;
        private final BigDecimal seconds;
        private TestCase.Outcome outcome = TestCase.Outcome.PASSED;
        private int reruns;

        CaseBuilder(String className, String name, String time) {
            this.className = className == null ? "" : className;
            this.name = name == null ? "" : name;
            this.seconds = seconds(time);
        }

        void saw(String element) {
            switch (element) {
                case "failure" -> outcome = TestCase.Outcome.FAILED;
                case "error" -> outcome = TestCase.Outcome.ERROR;
                case "skipped" -> outcome = TestCase.Outcome.SKIPPED;
                case "flakyFailure", "flakyError" -> {
                    reruns++;
                    if (outcome == TestCase.Outcome.PASSED) {
                        outcome = TestCase.Outcome.FLAKY;
                    }
                }
                case "rerunFailure", "rerunError" -> reruns++;
                default -> {
                    // system-out, system-err, properties: not about the outcome
                }
            }
        }

        TestCase build(String layer, String shown) {
            return new TestCase(className, name, layer, seconds, outcome, reruns, shown);
        }

        private static BigDecimal seconds(String time) {
            if (time == null || time.isBlank()) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(time.trim().replace(",", ""));
            } catch (NumberFormatException e) {
                return BigDecimal.ZERO;
            }
        }
    }
}
