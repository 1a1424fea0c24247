package dev.devflow.audit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static dev.devflow.audit.AdvisoryServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsvExportTest {

    private static final Instant START = Instant.parse("2026-12-04T07:00:00Z");
    private static final Duration MAX_AGE = Duration.ofDays(1);
    private static final String LAST_MODIFIED = "Thu, 03 Dec 2026 22:10:00 GMT";
    private static final String FIX_NETWORK = " Fix: connect to the network once, point devflow.audit.exportUrl at"
            + " a mirror, or set devflow.audit.failOnUnavailable=false to only warn.";

    @TempDir
    Path temp;

    private final TestClock clock = new TestClock(START);
    private Path cache;
    private AdvisoryServer server;
    private URI url;

    @BeforeEach
    void startServer() throws IOException {
        cache = temp.resolve("osv");
        server = AdvisoryServer.start();
        url = server.url("/Maven/all.zip");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void firstOpenDownloadsTheExportAndRecordsWhereAndWhen() throws Exception {
        byte[] export = zip(advisories());
        server.answer(export(export, "\"v1\""));

        ExportSnapshot snapshot = online().open();

        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).headers()).doesNotContainKeys("If-none-match", "If-modified-since");
        assertThat(snapshot.warnings()).isEmpty();
        assertThat(snapshot.fetchedAt()).isEqualTo(START);
        assertThat(snapshot.zip()).isEqualTo(cache.resolve("all.zip")).hasBinaryContent(export);
        assertThat(snapshot.state()).isEqualTo(export.length + "-"
                + Files.getLastModifiedTime(snapshot.zip()).toMillis());
        assertThat(record()).containsEntry("url", url.toString()).containsEntry("etag", "\"v1\"")
                .containsEntry("lastModified", LAST_MODIFIED).containsEntry("fetchedAt", "2026-12-04T07:00:00Z")
                .containsEntry("zipSize", Long.toString(export.length));
        assertThat(cacheFiles()).containsExactlyInAnyOrder("all.zip", "all.properties");
        assertThat(snapshot.advisoriesMentioning(List.of("commons-io:commons-io"))).containsExactly(
                new RawAdvisory(cache.resolve("all.zip") + "!GHSA-78wr-2p64-hpwj.json",
                        advisory("GHSA-78wr-2p64-hpwj")));
    }

    @Test
    void aFreshCopyIsUsedWithoutAskingTheServer() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        ExportSnapshot first = online().open();

        clock.advance(Duration.ofHours(23));
        ExportSnapshot second = online().open();

        assertThat(server.requests()).hasSize(1);
        assertThat(second.state()).isEqualTo(first.state());
        assertThat(second.fetchedAt()).isEqualTo(START);
        assertThat(second.warnings()).isEmpty();
    }

    @Test
    void aStaleCopyIsConfirmedByAConditionalRequestWithoutDownloadingAgain() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        ExportSnapshot first = online().open();
        long modified = Files.getLastModifiedTime(first.zip()).toMillis();

        clock.advance(Duration.ofHours(25));
        ExportSnapshot confirmed = online().open();

        assertThat(server.requests()).hasSize(2);
        assertThat(server.requests().get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertThat(server.notModified()).isEqualTo(1);
        assertThat(confirmed.state()).isEqualTo(first.state());
        assertThat(confirmed.fetchedAt()).isEqualTo(START.plus(Duration.ofHours(25)));
        assertThat(confirmed.warnings()).isEmpty();
        assertThat(Files.getLastModifiedTime(first.zip()).toMillis()).isEqualTo(modified);
        assertThat(record()).containsEntry("fetchedAt", "2026-12-05T08:00:00Z").containsEntry("etag", "\"v1\"");

        clock.advance(Duration.ofHours(23));
        online().open();
        assertThat(server.requests()).as("confirmed copies count as fresh again").hasSize(2);
    }

    @Test
    void aChangedExportReplacesTheCopy() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        ExportSnapshot first = online().open();

        byte[] changed = zip(only(advisories(), "GHSA-78wr-2p64-hpwj.json", "GHSA-7g45-4rm6-3mm3.json"));
        server.answer(export(changed, "\"v2\""));
        clock.advance(Duration.ofDays(2));
        ExportSnapshot second = online().open();

        assertThat(server.requests()).hasSize(2);
        assertThat(second.warnings()).isEmpty();
        assertThat(second.state()).isNotEqualTo(first.state());
        assertThat(second.zip()).hasBinaryContent(changed);
        assertThat(record()).containsEntry("etag", "\"v2\"").containsEntry("fetchedAt", "2026-12-06T07:00:00Z");
        assertThat(second.advisoriesMentioning(List.of("org.apache.logging.log4j:log4j-core"))).isEmpty();
        assertThat(second.advisoriesMentioning(List.of("com.google.guava:guava"))).extracting(RawAdvisory::origin)
                .containsExactly(cache.resolve("all.zip") + "!GHSA-7g45-4rm6-3mm3.json");
        assertThat(cacheFiles()).containsExactlyInAnyOrder("all.zip", "all.properties");
    }

    @Test
    void offlineTheCopyIsUsedWhateverItsAgeAndAnOldOneIsWarnedAbout() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        ExportSnapshot downloaded = online().open();

        ExportSnapshot fresh = offline().open();
        clock.advance(Duration.ofDays(40));
        ExportSnapshot old = offline().open();

        assertThat(server.requests()).hasSize(1);
        assertThat(fresh.warnings()).isEmpty();
        assertThat(old.state()).isEqualTo(downloaded.state());
        assertThat(old.warnings()).containsExactly("Maven runs offline, so the OSV database was not refreshed: using"
                + " the copy of 2026-12-04T07:00:00Z (40 days old).");
    }

    @Test
    void offlineWithoutACopyTheAdvisoriesAreUnavailable() {
        assertThatThrownBy(() -> offline().open()).isInstanceOfSatisfying(AdvisoriesUnavailable.class,
                e -> assertThat(e.url()).isEqualTo(url)).hasMessage("Maven runs offline and there is no copy of the"
                + " OSV database from " + url + " in " + cache + ". Fix: run the build once online to download it, or"
                + " set devflow.audit.source=api to query the OSV API instead (online), or set"
                + " devflow.audit.failOnUnavailable=false to only warn.");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aServerThatIsDownWithoutACopyMakesTheAdvisoriesUnavailable() throws Exception {
        server.close();

        assertThatThrownBy(() -> online().open()).isInstanceOfSatisfying(AdvisoriesUnavailable.class,
                e -> assertThat(e.url()).isEqualTo(url)).hasMessage("the OSV database could not be downloaded from "
                + url + " (connection refused), and there is no copy in " + cache + "." + FIX_NETWORK);
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void anErrorStatusWithoutACopyNamesTheStatus() throws Exception {
        server.answer(exchange -> respond(exchange, 404, new byte[0]));

        assertThatThrownBy(() -> online().open()).isInstanceOf(AdvisoriesUnavailable.class).hasMessage("the OSV"
                + " database could not be downloaded from " + url + " (HTTP 404 not found), and there is no copy in "
                + cache + "." + FIX_NETWORK);
        assertThat(cacheFiles()).isEmpty();
    }

    static Stream<Arguments> damagedDownloads() throws IOException {
        byte[] good = zip(advisories());
        byte[] random = new byte[good.length];
        new Random(42).nextBytes(random);
        Map<String, byte[]> stored = new TreeMap<>(advisories());
        return Stream.of(
                Arguments.of("truncated zip", Arrays.copyOf(good, good.length / 2),
                        "the download is not a readable zip file (zip END header not found)"),
                Arguments.of("random bytes", random,
                        "the download is not a readable zip file (zip END header not found)"),
                Arguments.of("an entry that fails its checksum", flipByteIn(storedZip(stored), "\"commons-io:"),
                        "the download is damaged: GHSA-78wr-2p64-hpwj.json does not match its checksum"),
                Arguments.of("a zip without advisories", zip(Map.of("README.txt", new byte[] {'x'})),
                        "the download holds no advisory for a Maven package: is it OSV's Maven export?"),
                Arguments.of("a record that is not JSON", zip(withEntry(stored, "GHSA-cut.json", "{\"id\": ")),
                        "the download is damaged: the advisory GHSA-cut.json is not valid JSON: the text ends"
                                + " where a value was expected at line 1, column 8."),
                Arguments.of("a record of another schema", zip(withEntry(stored, "GHSA-new.json",
                        "{\"schema_version\": \"2.0.0\", \"id\": \"GHSA-new\"}")), "the download is damaged: the"
                        + " advisory GHSA-new.json is written in OSV schema 2.0.0; devflow reads schema 1.x."),
                Arguments.of("another ecosystem's export", zip(Map.of("GHSA-npm.json", ("{\"id\": \"GHSA-npm\","
                        + " \"affected\": [{\"package\": {\"ecosystem\": \"npm\", \"name\": \"lodash\"}}]}")
                        .getBytes(StandardCharsets.UTF_8))),
                        "the download holds no advisory for a Maven package: is it OSV's Maven export?"));
    }

    private static Map<String, byte[]> withEntry(Map<String, byte[]> entries, String name, String text) {
        Map<String, byte[]> more = new TreeMap<>(entries);
        more.put(name, text.getBytes(StandardCharsets.UTF_8));
        return more;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedDownloads")
    void aDamagedDownloadKeepsTheLastGoodCopyWithAWarning(String damage, byte[] body, String reason)
            throws Exception {
        byte[] good = zip(advisories());
        server.answer(export(good, "\"v1\""));
        ExportSnapshot first = online().open();

        server.answer(export(body, "\"v2\""));
        clock.advance(Duration.ofDays(2));
        ExportSnapshot kept = online().open();

        assertThat(server.requests()).hasSize(2);
        assertThat(kept.warnings()).containsExactly("the OSV database at " + url + " could not be refreshed ("
                + reason + "); using the copy of 2026-12-04T07:00:00Z.");
        assertThat(kept.state()).isEqualTo(first.state());
        assertThat(kept.fetchedAt()).isEqualTo(START);
        assertThat(kept.zip()).hasBinaryContent(good);
        assertThat(record()).containsEntry("etag", "\"v1\"");
        assertThat(cacheFiles()).containsExactlyInAnyOrder("all.zip", "all.properties");
    }

    @Test
    void aDamagedDownloadWithoutACopyMakesTheAdvisoriesUnavailableAndLeavesNothingBehind() throws Exception {
        server.answer(export(Arrays.copyOf(zip(advisories()), 100), "\"v1\""));

        assertThatThrownBy(() -> online().open()).isInstanceOf(AdvisoriesUnavailable.class).hasMessage("the OSV"
                + " database could not be downloaded from " + url + " (the download is not a readable zip file (zip"
                + " END header not found)), and there is no copy in " + cache + "." + FIX_NETWORK);
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void aDownloadCutShortOfItsLengthKeepsTheLastGoodCopy() throws Exception {
        byte[] good = zip(advisories());
        server.answer(export(good, "\"v1\""));
        ExportSnapshot first = online().open();

        server.answer(exchange -> {
            // Promises the whole zip and sends half; closing the exchange short of its length hangs up.
            exchange.sendResponseHeaders(200, good.length);
            exchange.getResponseBody().write(good, 0, good.length / 2);
            exchange.getResponseBody().flush();
        });
        clock.advance(Duration.ofDays(2));
        ExportSnapshot kept = online().open();

        assertThat(kept.warnings()).singleElement().asString()
                .startsWith("the OSV database at " + url + " could not be refreshed (the download broke off after ")
                .endsWith("); using the copy of 2026-12-04T07:00:00Z.");
        assertThat(kept.state()).isEqualTo(first.state());
        assertThat(kept.zip()).hasBinaryContent(good);
        assertThat(cacheFiles()).containsExactlyInAnyOrder("all.zip", "all.properties");
    }

    @Test
    void aDownloadThatStallsIsGivenUpAfterTheTimeout() throws Exception {
        byte[] good = zip(advisories());
        server.answer(export(good, "\"v1\""));
        online().open();

        CountDownLatch hangUp = new CountDownLatch(1);
        server.answer(exchange -> {
            exchange.sendResponseHeaders(200, good.length);
            exchange.getResponseBody().write(good, 0, 1000);
            exchange.getResponseBody().flush();
            await(hangUp);
        });
        clock.advance(Duration.ofDays(2));
        HttpSettings impatient = new HttpSettings(null, 0, null, null, List.of(), Duration.ofMillis(500));
        try {
            ExportSnapshot kept = new OsvExport(url, cache, MAX_AGE, false, impatient, clock).open();

            assertThat(kept.warnings()).containsExactly("the OSV database at " + url + " could not be refreshed (no"
                    + " data for 500 ms after 1000 bytes); using the copy of 2026-12-04T07:00:00Z.");
            assertThat(kept.zip()).hasBinaryContent(good);
            assertThat(cacheFiles()).containsExactlyInAnyOrder("all.zip", "all.properties");
        } finally {
            hangUp.countDown();
        }
    }

    @Test
    void aFailedRefreshIsNotRepeatedByTheOtherModulesOfTheBuild() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        online().open();

        server.answer(exchange -> respond(exchange, 503, new byte[0]));
        clock.advance(Duration.ofDays(2));
        ExportSnapshot first = online().open();
        clock.advance(Duration.ofMinutes(9));
        ExportSnapshot second = online().open();

        String warning = "the OSV database at " + url + " could not be refreshed (HTTP 503 service unavailable);"
                + " using the copy of 2026-12-04T07:00:00Z.";
        assertThat(first.warnings()).containsExactly(warning);
        assertThat(second.warnings()).containsExactly(warning);
        assertThat(server.requests()).hasSize(2);

        server.answer(export(zip(advisories()), "\"v1\""));
        clock.advance(Duration.ofMinutes(2));
        ExportSnapshot later = online().open();
        assertThat(server.requests()).hasSize(3);
        assertThat(later.warnings()).isEmpty();
    }

    @Test
    void aCopyOfAnotherExportIsNotUsed() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        online().open();

        URI mirror = server.url("/mirror/all.zip");
        ExportSnapshot fromMirror = new OsvExport(mirror, cache, MAX_AGE, false, HttpSettings.direct(), clock)
                .open();

        assertThat(server.requests()).extracting(AdvisoryServer.Request::path)
                .containsExactly("/Maven/all.zip", "/mirror/all.zip");
        assertThat(server.requests().get(1).headers()).doesNotContainKeys("If-none-match", "If-modified-since");
        assertThat(fromMirror.warnings()).isEmpty();
        assertThat(record()).containsEntry("url", mirror.toString());

        URI other = server.url("/other/all.zip");
        assertThatThrownBy(() -> new OsvExport(other, cache, MAX_AGE, true, HttpSettings.direct(), clock).open())
                .isInstanceOf(AdvisoriesUnavailable.class).hasMessageStartingWith("Maven runs offline and there is"
                        + " no copy of the OSV database from " + other + " in " + cache + " (the copy there is of "
                        + mirror + "). Fix: ");
    }

    @Test
    void modulesOpeningAtOnceShareOneDownload() throws Exception {
        AdvisoryServer.Answer export = export(zip(advisories()), "\"v1\"");
        server.answer(exchange -> {
            sleep(300); // long enough for every module to be waiting
            export.answer(exchange);
        });
        ExecutorService modules = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ExportSnapshot>> opens = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                opens.add(() -> online().open());
            }
            List<String> states = new ArrayList<>();
            for (Future<ExportSnapshot> opened : modules.invokeAll(opens)) {
                states.add(opened.get().state());
            }
            assertThat(server.requests()).hasSize(1);
            assertThat(states).hasSize(4).containsOnly(states.get(0));
        } finally {
            modules.shutdownNow();
        }
    }

    @Test
    void advisoriesMentioningFindsWholeQuotedNamesOnly() throws Exception {
        server.answer(export(zip(advisories()), "\"v1\""));
        ExportSnapshot snapshot = online().open();
        String zip = cache.resolve("all.zip") + "!";

        assertThat(snapshot.advisoriesMentioning(List.of("com.google.guava:guava", "org.example:unknown")))
                .containsExactly(new RawAdvisory(zip + "GHSA-5mg8-w23w-74h3.json", advisory("GHSA-5mg8-w23w-74h3")),
                        new RawAdvisory(zip + "GHSA-7g45-4rm6-3mm3.json", advisory("GHSA-7g45-4rm6-3mm3")));
        assertThat(snapshot.advisoriesMentioning(List.of("org.apache.commons:commons-text", "commons-io:commons-io")))
                .extracting(RawAdvisory::origin)
                .containsExactly(zip + "GHSA-599f-7c49-w659.json", zip + "GHSA-78wr-2p64-hpwj.json");
        assertThat(snapshot.advisoriesMentioning(List.of("guava", "com.google.guava", "commons-io"))).isEmpty();
        assertThat(snapshot.advisoriesMentioning(List.of())).isEmpty();
    }

    @Test
    void anAdvisoryThatIsNotUtf8IsNamed() throws Exception {
        Map<String, byte[]> entries = new TreeMap<>(advisories());
        String latin1 = "{\"id\":\"GHSA-bad\",\"affected\":[{\"package\":{\"name\":\"commons-io:commons-io\"}}],"
                + "\"summary\":\"\u00ff\"}";
        entries.put("GHSA-bad.json", latin1.getBytes(StandardCharsets.ISO_8859_1));
        server.answer(export(zip(entries), "\"v1\""));
        ExportSnapshot snapshot = online().open();

        assertThat(snapshot.advisoriesMentioning(List.of("com.google.guava:guava"))).hasSize(2);
        assertThatThrownBy(() -> snapshot.advisoriesMentioning(List.of("commons-io:commons-io")))
                .isInstanceOf(IOException.class).hasMessage("the advisory " + cache.resolve("all.zip")
                        + "!GHSA-bad.json is not UTF-8 text. Fix: delete " + cache.resolve("all.zip") + ", and it is"
                        + " downloaded again; if it stays, the export itself is damaged.");
    }

    private OsvExport online() {
        return new OsvExport(url, cache, MAX_AGE, false, HttpSettings.direct(), clock);
    }

    private OsvExport offline() {
        return new OsvExport(url, cache, MAX_AGE, true, HttpSettings.direct(), clock);
    }

    private Properties record() throws IOException {
        Properties record = new Properties();
        try (Reader in = Files.newBufferedReader(cache.resolve("all.properties"))) {
            record.load(in);
        }
        return record;
    }

    private List<String> cacheFiles() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** Serves the zip as a storage bucket does: with ETag and Last-Modified, and 304 to a matching If-None-Match. */
    private AdvisoryServer.Answer export(byte[] zip, String etag) {
        return exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                server.countNotModified();
                exchange.sendResponseHeaders(304, -1);
            } else {
                respond(exchange, 200, zip);
            }
        };
    }

    /** The real advisory records of src/test/resources/audit/osv, by file name. */
    static Map<String, byte[]> advisories() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> records = Files.list(resources())) {
            for (Path record : records.filter(p -> p.toString().endsWith(".json")).toList()) {
                files.put(record.getFileName().toString(), Files.readAllBytes(record));
            }
        }
        return files;
    }

    static String advisory(String id) throws IOException {
        return Files.readString(resources().resolve(id + ".json"));
    }

    private static Path resources() {
        try {
            return Path.of(OsvExportTest.class.getResource("/audit/osv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> only(Map<String, byte[]> entries, String... names) {
        Map<String, byte[]> kept = new TreeMap<>(entries);
        kept.keySet().retainAll(List.of(names));
        return kept;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Uncompressed, so that a byte of a record can be changed in place. */
    private static byte[] storedZip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stored = new ZipEntry(entry.getKey());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(entry.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(entry.getValue());
                stored.setCrc(crc.getValue());
                zip.putNextEntry(stored);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] flipByteIn(byte[] zip, String text) {
        String latin1 = new String(zip, StandardCharsets.ISO_8859_1);
        byte[] damaged = zip.clone();
        damaged[latin1.indexOf(text) + 1] ^= 1;
        return damaged;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {

        private volatile Instant now;

        TestClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
