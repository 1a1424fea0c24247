package dev.devflow.changelog;

/** {@code brackets}: brackets and parentheses in entries are balanced (a broken link shows). */
final class BracketsRule implements ChangelogRule {

    @Override
    public String id() {
        return "brackets";
    }

    @Override
    public void check(ChangelogReview review) {
        for (Release release : review.releases()) {
            for (Entry entry : release.entries()) {
                String text = entry.text().replaceAll("`[^`]*`", "");
                if (count(text, '[') != count(text, ']') || count(text, '(') != count(text, ')')) {
                    review.warning(entry.line(), "unbalanced brackets in '" + abbreviate(entry.text()) + "'.");
                }
            }
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
