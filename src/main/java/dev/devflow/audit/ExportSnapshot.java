package dev.devflow.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * One state of the copy of OSV's Maven export, to read advisories from.
 *
 * @param zip       the cached export
 * @param fetchedAt when the copy was downloaded or last confirmed current by the server
 * @param state     changes whenever the copy's content changes (its size and modification time), not
 *                  when it is merely confirmed: fit for a result-cache key
 * @param warnings  what went wrong without stopping the audit, such as a refresh that failed
 */
public record ExportSnapshot(Path zip, Instant fetchedAt, String state, List<String> warnings) {

    public ExportSnapshot {
        warnings = List.copyOf(warnings);
    }

    /**
     * The advisories whose text holds one of the names as a JSON string ({@code "commons-io:commons-io"}):
     * a quick pre-filter over the whole export, exact matching is left to the parser. Each is
     * read from the zip as text and named {@code <zip>!<entry>}.
     *
     * @throws IOException when the zip cannot be read, or a matching entry is not UTF-8 text
     */
    public List<RawAdvisory> advisoriesMentioning(Collection<String> packageNames) throws IOException {
        QuotedNames names = new QuotedNames(packageNames);
        Map<String, byte[]> matching = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return List.of();
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (isAdvisory(entry)) {
                    byte[] bytes;
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    if (names.quotedIn(bytes)) {
                        matching.put(zip + "!" + entry.getName(), bytes);
                    }
                }
            }
        } catch (IOException e) {
            throw new IOException("the OSV database " + zip + " cannot be read (" + e.getMessage() + "). Fix:"
                    + " delete it, and it is downloaded again.", e);
        }
        List<RawAdvisory> found = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : matching.entrySet()) {
            found.add(new RawAdvisory(entry.getKey(), utf8(entry.getValue(), entry.getKey())));
        }
        return found;
    }

    /** The export holds one JSON file per advisory; anything else in it is not read. */
    static boolean isAdvisory(ZipEntry entry) {
        return !entry.isDirectory() && entry.getName().endsWith(".json");
    }

    private String utf8(byte[] bytes, String origin) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the advisory " + origin + " is not UTF-8 text. Fix: delete " + zip
                    + ", and it is downloaded again; if it stays, the export itself is damaged.", e);
        }
    }
}
