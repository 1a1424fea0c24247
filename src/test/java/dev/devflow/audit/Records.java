package dev.devflow.audit;

import dev.devflow.gate.GateInputException;
import org.apache.maven.artifact.versioning.ComparableVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The real OSV records under src/test/resources/audit/osv (provenance in its README). */
final class Records {

    /** Maven's version order, as the mojo gives it to the gate. */
    static final Comparator<String> MAVEN_ORDER = Comparator.comparing(ComparableVersion::new);

    static final String LOG4SHELL = "GHSA-jfh8-c2jp-5v3q";
    static final String TEXT4SHELL = "GHSA-599f-7c49-w659";
    static final String JACKSON = "GHSA-57j2-w4cx-62h2";
    static final String TOMCAT_WITHDRAWN = "GHSA-gc58-v8h3-x2gr";
    static final String COMMONS_IO = "GHSA-78wr-2p64-hpwj";
    static final String GUAVA_MODERATE = "GHSA-7g45-4rm6-3mm3";
    static final String GUAVA_LOW = "GHSA-5mg8-w23w-74h3";

    private Records() {
    }

    static Path file(String id) {
        return Path.of("src/test/resources/audit/osv", id + ".json");
    }

    static RawAdvisory raw(String id) {
        try {
            return new RawAdvisory(id + ".json", Files.readString(file(id), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Advisory advisory(String id) throws GateInputException {
        return OsvRecordParser.parse(raw(id));
    }

    static List<Advisory> all() throws GateInputException {
        List<Advisory> all = new ArrayList<>();
        for (String id : List.of(LOG4SHELL, TEXT4SHELL, JACKSON, TOMCAT_WITHDRAWN, COMMONS_IO, GUAVA_MODERATE,
                GUAVA_LOW)) {
            all.add(advisory(id));
        }
        return all;
    }
}
