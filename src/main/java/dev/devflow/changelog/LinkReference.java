package dev.devflow.changelog;

/**
 * A Markdown link reference definition ({@code [1.2.0]: https://…/compare/v1.1.0...v1.2.0}).
 *
 * @param line  where it is
 * @param label the label between brackets, as written
 * @param url   the target
 */
public record LinkReference(int line, String label, String url) {
}
