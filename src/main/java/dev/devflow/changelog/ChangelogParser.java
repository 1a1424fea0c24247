package dev.devflow.changelog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a changelog leniently: it never fails, whatever the text. What does not fit the format
 * is kept as it is and left to {@link ChangelogValidator} to name. Fenced code blocks are
 * skipped, so a heading inside an example is not taken for a release.
 */
public final class ChangelogParser {

    private static final Pattern LINK = Pattern.compile("^\\s{0,3}\\[([^\\]]+)\\]:\\s*(\\S+).*$");
    private static final Pattern ITEM = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern RELEASE_NAME = Pattern.compile("(?i)unreleased|[vV]?\\d.*");
    private static final Pattern DATE_PART = Pattern.compile("^([-–—:]|\\()?\\s*([^\\s()]+)\\)?(.*)$");

    private final List<Line> lines;
    private int titleLine;
    private String title;
    private final List<Release> releases = new ArrayList<>();
    private final List<Line> otherHeadings = new ArrayList<>();
    private final List<LinkReference> links = new ArrayList<>();

    // the release being read
    private ReleaseHeading heading;
    private final List<Section> sections = new ArrayList<>();
    private final List<Entry> looseEntries = new ArrayList<>();
    private int proseLines;
    // the section being read
    private Line sectionLine;
    private final List<Entry> sectionEntries = new ArrayList<>();
    private int sectionProse;
    // the entry being read
    private int entryStart;
    private int entryEnd;
    private StringBuilder entryText;

    private ChangelogParser(List<Line> lines) {
        this.lines = lines;
    }

    public static Changelog parse(String text) {
        ChangelogParser parser = new ChangelogParser(split(text));
        parser.read();
        return new Changelog(parser.lines, parser.titleLine, parser.title, parser.releases,
                parser.otherHeadings, parser.links);
    }

    /** Splits into lines, each keeping its own line end. */
    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                int end = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                lines.add(new Line(number++, text.substring(start, i), text.substring(i, end)));
                start = end;
                i = end - 1;
            }
        }
        if (start < text.length()) {
            lines.add(new Line(number, text.substring(start), ""));
        }
        return lines;
    }

    private void read() {
        String fence = null;
        for (Line line : lines) {
            String content = line.content();
            String marker = fenceMarker(content.stripLeading());
            if (fence == null && marker != null) {
                fence = marker;
                countProse();
            } else if (fence != null) {
                if (closes(fence, content.strip())) {
                    fence = null;
                }
                countProse();
            } else {
                readLine(line, content);
            }
        }
        endRelease();
    }

    /** The run of three or more backticks or tildes a code fence opens with, or null. */
    private static String fenceMarker(String content) {
        if (!content.startsWith("```") && !content.startsWith("~~~")) {
            return null;
        }
        char c = content.charAt(0);
        int length = 0;
        while (length < content.length() && content.charAt(length) == c) {
            length++;
        }
        return content.substring(0, length);
    }

    /** As CommonMark closes a fence: the same character, at least as many, nothing after them. */
    private static boolean closes(String fence, String content) {
        String marker = fenceMarker(content);
        return marker != null && marker.charAt(0) == fence.charAt(0) && marker.length() >= fence.length()
                && marker.length() == content.length();
    }

    private void readLine(Line line, String content) {
        Matcher link = LINK.matcher(content);
        if (content.startsWith("# ") || content.equals("#")) {
            if (titleLine == 0) {
                titleLine = line.number();
                title = content.substring(1).trim();
            }
        } else if (content.startsWith("## ")) {
            endRelease();
            startRelease(line, content.substring(3).trim());
        } else if (content.startsWith("### ")) {
            endSection();
            sectionLine = line;
        } else if (link.matches()) {
            endEntry();
            links.add(new LinkReference(line.number(), link.group(1), link.group(2)));
        } else {
            readBody(line, content);
        }
    }

    private void readBody(Line line, String content) {
        Matcher item = ITEM.matcher(content);
        if (item.matches() && !content.startsWith("    ")) {
            endEntry();
            entryStart = line.number();
            entryEnd = line.number();
            entryText = new StringBuilder(item.group(1).trim());
        } else if (content.isBlank()) {
            return;
        } else if (entryText != null && Character.isWhitespace(content.charAt(0))) {
            entryEnd = line.number();
            entryText.append(' ').append(content.trim());
        } else {
            endEntry();
            countProse();
        }
    }

    private void countProse() {
        if (heading != null && sectionLine == null) {
            proseLines++;
        } else if (sectionLine != null) {
            sectionProse++;
        }
    }

    private void startRelease(Line line, String text) {
        ReleaseHeading parsed = ReleaseHeading.of(line.number(), text);
        if (parsed == null) {
            otherHeadings.add(line);
        } else {
            heading = parsed;
        }
    }

    private void endEntry() {
        if (entryText == null) {
            return;
        }
        Entry entry = new Entry(entryStart, entryEnd, entryText.toString());
        if (sectionLine != null) {
            sectionEntries.add(entry);
        } else if (heading != null) {
            looseEntries.add(entry);
        }
        entryText = null;
    }

    private void endSection() {
        endEntry();
        if (sectionLine != null && heading != null) {
            sections.add(new Section(sectionLine.number(), sectionLine.content().substring(4).trim(),
                    List.copyOf(sectionEntries), sectionProse));
        }
        sectionLine = null;
        sectionEntries.clear();
        sectionProse = 0;
    }

    private void endRelease() {
        endSection();
        if (heading != null) {
            releases.add(heading.toRelease(sections, looseEntries, proseLines));
        }
        heading = null;
        sections.clear();
        looseEntries.clear();
        proseLines = 0;
    }

    /** The parts of a release heading's text, before its body is read. */
    private record ReleaseHeading(int line, String name, boolean unreleased, boolean bracketed, boolean vPrefix,
                                  String inlineUrl, String reference, String separator, String dateText,
                                  boolean yanked) {

        static ReleaseHeading of(int line, String text) {
            String rest = text;
            boolean yanked = rest.toUpperCase().endsWith("[YANKED]");
            if (yanked) {
                rest = rest.substring(0, rest.length() - "[YANKED]".length()).trim();
            }
            boolean bracketed = rest.startsWith("[") && rest.indexOf(']') > 0;
            String name;
            String inlineUrl = null;
            String reference = null;
            if (bracketed) {
                name = rest.substring(1, rest.indexOf(']')).trim();
                rest = rest.substring(rest.indexOf(']') + 1);
                if (rest.startsWith("(") && rest.indexOf(')') > 0) {
                    inlineUrl = rest.substring(1, rest.indexOf(')'));
                    rest = rest.substring(rest.indexOf(')') + 1);
                } else if (rest.startsWith("[") && rest.indexOf(']') > 0) {
                    reference = rest.substring(1, rest.indexOf(']'));
                    rest = rest.substring(rest.indexOf(']') + 1);
                }
            } else {
                String[] parts = rest.split("\\s+", 2);
                name = parts[0];
                rest = parts.length > 1 ? parts[1] : "";
            }
            if (!RELEASE_NAME.matcher(name).matches()) {
                return null;
            }
            boolean unreleased = name.equalsIgnoreCase("unreleased");
            boolean vPrefix = !unreleased && (name.startsWith("v") || name.startsWith("V"));
            String separator = null;
            String date = null;
            Matcher datePart = DATE_PART.matcher(rest.trim());
            if (!rest.isBlank() && datePart.matches()) {
                separator = datePart.group(1) == null ? "" : datePart.group(1);
                date = datePart.group(2);
            }
            return new ReleaseHeading(line, vPrefix ? name.substring(1) : name, unreleased, bracketed, vPrefix,
                    inlineUrl, reference, separator, date, yanked);
        }

        Release toRelease(List<Section> sections, List<Entry> looseEntries, int proseLines) {
            return new Release(line, name, unreleased, bracketed, vPrefix, inlineUrl, reference, separator, dateText,
                    yanked, sections, looseEntries, proseLines);
        }
    }
}
