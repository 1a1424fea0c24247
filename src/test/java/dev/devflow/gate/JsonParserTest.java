package dev.devflow.gate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonParserTest {

    @Test
    void writtenTextReadsBackWithEveryCharacter() {
        String text = "quote \" backslash \\ newline \n tab \t control \u0001 umlaut ü";
        Object parsed = JsonParser.parse(JsonWriter.write(Map.of("k", List.of(text, 7, true)))).root();

        assertThat(parsed).isEqualTo(Map.of("k", List.of(text, 7L, true)));
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        withNull.put("b", "ü/");
        assertThat(JsonParser.parse("{\"a\": null, \"b\": \"\\u00fc\\/\"}").root()).isEqualTo(withNull);
    }

    @Test
    void fractionsAreExactDecimalsAndWrittenPlain() {
        Object parsed = JsonParser.parse("[0.8731, -2, 1e-7, 12345678901234567890]").root();

        assertThat(parsed).isEqualTo(List.of(new BigDecimal("0.8731"), -2L, new BigDecimal("1e-7"),
                new BigDecimal("12345678901234567890")));
        assertThat(JsonWriter.write(List.of(new BigDecimal("1e-7")))).isEqualTo("[\n  0.0000001\n]\n");
    }

    @Test
    void remembersTheLineOfEveryValue() {
        JsonDocument document = JsonParser.parse("{\n  \"a/b\": {\n    \"c\": [\n      1,\n      2\n    ]\n  }\n}\n");

        assertThat(document.lineOf("")).isEqualTo(1);
        assertThat(document.lineOf("/a~1b")).isEqualTo(2);
        assertThat(document.lineOf(JsonDocument.member(JsonDocument.member("", "a/b"), "c"))).isEqualTo(3);
        assertThat(document.lineOf("/a~1b/c/1")).isEqualTo(5);
        assertThat(document.lineOf("/missing")).isZero();
    }

    @Test
    void syntaxErrorsSayLineAndColumn() {
        assertError("{\n  \"a\": 1,\n  \"b\" 2\n}", "':' was expected at line 3, column 7", 3, 7);
        assertError("{\r\n  \"a\": tru\r\n}", "unexpected text at line 2, column 8", 2, 8);
        assertError("{\"a\": \"open\n}", "a string is not closed on its line at line 1, column 12", 1, 12);
        assertError("{\n\"a\": 1,\n\"a\": 2}", "the name \"a\" is given twice at line 3, column 1", 3, 1);
        assertError("[1.]", "a number is cut short at line 1, column 2", 1, 2);
        assertError("[1] x", "unexpected text after the end at line 1, column 5", 1, 5);
        assertError("", "the text ends where a value was expected at line 1, column 1", 1, 1);
    }

    private static void assertError(String text, String message, int line, int column) {
        assertThatThrownBy(() -> JsonParser.parse(text)).isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
            assertThat(e).hasMessage(message);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.column()).isEqualTo(column);
        });
    }
}
