package dev.devflow.release.pom;

import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseStep;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a pom into {@link PomElement}s that know their character offsets. The JDK's own StAX
 * parser first proves the pom well-formed, with the line of the first error; then a small
 * scanner finds the offsets, which StAX does not report reliably. The scanner only needs to
 * understand well-formed XML: comments, CDATA, processing instructions, a DOCTYPE, and
 * attribute values that may hold {@code >}.
 */
final class PomReader {

    private final PomSource source;
    private final String text;
    private final Deque<OpenElement> open = new ArrayDeque<>();
    private PomElement root;

    private PomReader(PomSource source) {
        this.source = source;
        this.text = source.text();
    }

    static PomElement read(PomSource source) throws ReleaseFailure {
        checkWellFormed(source);
        return new PomReader(source).scan();
    }

    private static void checkWellFormed(PomSource source) throws ReleaseFailure {
        // the JDK's parser, not whichever StAX implementation the build's class path brings,
        // so the message does not depend on the Maven version
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(source.bytes()));
            while (reader.hasNext()) {
                reader.next();
            }
            reader.close();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String where = line > 0 ? source.where(line) : PomSource.display(source.file());
            throw new ReleaseFailure(ReleaseStep.EDIT,
                    where + ": the pom is not well-formed XML: " + sentence(parserMessage(e)),
                    "correct the XML at that line; the release changed nothing.", e);
        }
    }

    /** The JDK prefixes "ParseError at [row,col]:[3,35]\nMessage: "; the place is already said. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        return (start >= 0 ? message.substring(start + "Message: ".length()) : message).strip();
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private PomElement scan() {
        int position = text.indexOf('<');
        while (position >= 0) {
            position = text.indexOf('<', markupEnd(position));
        }
        return root;
    }

    /** Reads the markup starting at {@code position} and returns the offset after it. */
    private int markupEnd(int position) {
        if (text.startsWith("<!--", position)) {
            return after("-->", position);
        }
        if (text.startsWith("<![CDATA[", position)) {
            return after("]]>", position);
        }
        if (text.startsWith("<?", position)) {
            return after("?>", position);
        }
        if (text.startsWith("<!", position)) {
            return doctypeEnd(position);
        }
        if (text.startsWith("</", position)) {
            return endTag(position);
        }
        return startTag(position);
    }

    private int after(String terminator, int position) {
        return text.indexOf(terminator, position) + terminator.length();
    }

    /** A DOCTYPE may carry an internal subset in brackets, which holds {@code >} of its own. */
    private int doctypeEnd(int position) {
        int depth = 0;
        char quote = 0;
        for (int i = position + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private int startTag(int position) {
        String name = nameAt(position + 1);
        int end = tagEnd(position + 1 + name.length());
        if (text.charAt(end - 2) == '/') {
            addChild(new PomElement(name, source.lineOf(position), position, end, end, end, true, "", List.of()));
        } else {
            open.push(new OpenElement(name, source.lineOf(position), position, end));
        }
        return end;
    }

    private int endTag(int position) {
        int end = text.indexOf('>', position) + 1;
        OpenElement element = open.pop();
        String content = element.children.isEmpty() ? text.substring(element.contentStart, position) : "";
        addChild(new PomElement(element.name, element.line, element.start, element.contentStart, position, end,
                false, content, element.children));
        return end;
    }

    private void addChild(PomElement element) {
        if (open.isEmpty()) {
            root = element;
        } else {
            open.peek().children.add(element);
        }
    }

    private String nameAt(int position) {
        int end = position;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '>' && text.charAt(end) != '/') {
            end++;
        }
        return text.substring(position, end);
    }

    /** The offset after the tag's {@code >}; attribute values may hold a {@code >} of their own. */
    private int tagEnd(int position) {
        char quote = 0;
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static final class OpenElement {
        final String name;
        final int line;
        final int start;
        final int contentStart;
        final List<PomElement> children = new ArrayList<>();

        OpenElement(String name, int line, int start, int contentStart) {
            this.name = name;
            this.line = line;
            this.start = start;
            this.contentStart = contentStart;
        }
    }
}
