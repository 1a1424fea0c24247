package dev.devflow.audit;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the JSON strings equal to one of the names in the raw bytes of a record, in one pass
 * and without decoding it: the export holds thousands of records, most of them about other
 * packages. Works on UTF-8 because a quote or backslash byte never occurs inside a multi-byte
 * character; the names are kept as their UTF-8 bytes read as Latin-1, to compare with slices.
 */
final class QuotedNames {

    private final Set<String> names = new HashSet<>();
    private final BitSet lengths = new BitSet();

    QuotedNames(Collection<String> packageNames) {
        for (String name : packageNames) {
            byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
            names.add(new String(bytes, StandardCharsets.ISO_8859_1));
            lengths.set(bytes.length);
        }
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    boolean quotedIn(byte[] text) {
        int i = 0;
        while (i < text.length) {
            if (text[i++] != '"') {
                continue;
            }
            int start = i;
            while (i < text.length && text[i] != '"') {
                i += text[i] == '\\' ? 2 : 1;
            }
            if (i < text.length && lengths.get(i - start)
                    && names.contains(new String(text, start, i - start, StandardCharsets.ISO_8859_1))) {
                return true;
            }
            i++;
        }
        return false;
    }
}
