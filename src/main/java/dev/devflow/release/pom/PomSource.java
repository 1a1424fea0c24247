package dev.devflow.release.pom;

import dev.devflow.release.ReleaseFailure;
import dev.devflow.release.ReleaseStep;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pom's bytes and the text they encode, so that texts found by character offset can be
 * replaced in the bytes. Only the replaced ranges are re-encoded; every byte between them,
 * the byte order mark included, is copied from the input, which keeps line ends, the final
 * newline and any byte sequence a decode-encode round trip might normalise.
 */
final class PomSource {

    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

    private final Path file;
    private final byte[] bytes;
    private final Charset charset;
    private final int bomLength;
    private final String text;
    private final int[] lineStarts;

    private PomSource(Path file, byte[] bytes, Charset charset, int bomLength, String text) {
        this.file = file;
        this.bytes = bytes;
        this.charset = charset;
        this.bomLength = bomLength;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    /**
     * Decodes as an XML parser would: a byte order mark first, else the encoding the XML
     * declaration names, else UTF-8.
     */
    static PomSource decode(Path file, byte[] bytes) throws ReleaseFailure {
        Charset charset;
        int bomLength = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(bytes, 0x00, '<')) {
            charset = StandardCharsets.UTF_16BE;
        } else if (startsWith(bytes, '<', 0x00)) {
            charset = StandardCharsets.UTF_16LE;
        } else {
            charset = declared(file, bytes);
        }
        return new PomSource(file, bytes, charset, bomLength, decode(file, bytes, charset, bomLength));
    }

    private static Charset declared(Path file, byte[] bytes) throws ReleaseFailure {
        // the declaration is ASCII in every ASCII-compatible encoding, and Latin-1 decodes any byte
        String head = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_ENCODING.matcher(head);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        try {
            Charset charset = Charset.forName(name);
            // without a byte order mark the bytes are ASCII-compatible here, whatever the declaration says
            return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
                    ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ReleaseFailure(ReleaseStep.EDIT, display(file) + ": the pom declares the encoding '" + name
                    + "', which this Java runtime does not know.",
                    "declare UTF-8 (or another standard encoding) in the XML declaration.");
        }
    }

    private static String decode(Path file, byte[] bytes, Charset charset, int offset) throws ReleaseFailure {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ReleaseFailure(ReleaseStep.EDIT, display(file) + ": the pom is not valid " + charset.name()
                    + ", the encoding it is read in.",
                    "save it as " + charset.name() + " or declare its real encoding in the XML declaration.", e);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static String display(Path file) {
        return file.toString().replace('\\', '/');
    }

    Path file() {
        return file;
    }

    byte[] bytes() {
        return bytes;
    }

    String text() {
        return text;
    }

    /** 1-based line of a character offset; a CR LF pair or a lone CR or LF ends a line, as in XML. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** {@code path:line}, the form terminals and IDEs turn into links. */
    String where(int line) {
        return display(file) + ":" + line;
    }

    /** The bytes with the given character ranges replaced; the ranges must not overlap. */
    byte[] splice(List<Splice> splices) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
        int copied = 0;
        int bytePosition = bomLength;
        int charPosition = 0;
        for (Splice splice : splices.stream().sorted(Comparator.comparingInt(Splice::start)).toList()) {
            bytePosition += encodedLength(charPosition, splice.start());
            out.write(bytes, copied, bytePosition - copied);
            out.writeBytes(encode(splice.text()));
            bytePosition += encodedLength(splice.start(), splice.end());
            copied = bytePosition;
            charPosition = splice.end();
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }

    private int encodedLength(int from, int to) {
        return from == to ? 0 : charset.encode(CharBuffer.wrap(text, from, to)).remaining();
    }

    private byte[] encode(String replacement) {
        ByteBuffer encoded = charset.encode(replacement);
        byte[] result = new byte[encoded.remaining()];
        encoded.get(result);
        return result;
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text become {@code text}. */
    record Splice(int start, int end, String text) {
    }
}
