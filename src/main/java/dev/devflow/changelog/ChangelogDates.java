package dev.devflow.changelog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** ISO dates as Keep a Changelog writes them: {@code YYYY-MM-DD}, a day that exists. */
final class ChangelogDates {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private ChangelogDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, ISO));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
