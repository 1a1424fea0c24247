package dev.devflow.audit;

/**
 * The text of one OSV record as it was read, before it is parsed, and where it was read from, so
 * that a record that cannot be parsed can be named in the message.
 *
 * @param origin where the text came from: {@code <cached zip>!GHSA-xxxx.json} for the downloaded
 *               export, the record's URL for the API
 * @param json   the record, as JSON text
 */
public record RawAdvisory(String origin, String json) {
}
