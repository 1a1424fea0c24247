package dev.devflow.audit;

import com.sun.net.httpserver.HttpExchange;

import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonWriter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static dev.devflow.audit.AdvisoryServer.respond;
import static dev.devflow.audit.OsvExportTest.advisory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OsvApiTest {

    private static final String FIX = " Fix: check the network or proxy (Maven's settings.xml), point"
            + " devflow.audit.apiUrl at a mirror, or set devflow.audit.source=export to use a downloaded copy.";
    private static final PackageVersion COMMONS_IO = new PackageVersion("commons-io:commons-io", "2.11.0");
    private static final PackageVersion SAFE = new PackageVersion("org.example:safe", "1.0");
    private static final PackageVersion GUAVA = new PackageVersion("com.google.guava:guava", "31.1-jre");

    private AdvisoryServer server;
    private URI base;

    @BeforeEach
    void startServer() throws IOException {
        server = AdvisoryServer.start();
        base = server.url("");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void asksForEveryPackageInOneBatchAndFetchesTheRecordsListed() throws Exception {
        server.answer(osv(Map.of("commons-io:commons-io", List.of("GHSA-78wr-2p64-hpwj")), 100));

        List<RawAdvisory> advisories = api().advisoriesFor(List.of(COMMONS_IO, SAFE, COMMONS_IO));

        assertThat(advisories).containsExactly(new RawAdvisory(base + "/v1/vulns/GHSA-78wr-2p64-hpwj",
                advisory("GHSA-78wr-2p64-hpwj")));
        assertThat(server.requests()).extracting(r -> r.method() + " " + r.path())
                .containsExactly("POST /v1/querybatch", "GET /v1/vulns/GHSA-78wr-2p64-hpwj");
        assertThat(JsonParser.parse(server.requests().get(0).body()).root()).isEqualTo(Map.of("queries", List.of(
                query("commons-io:commons-io", "2.11.0", null), query("org.example:safe", "1.0", null))));
        assertThat(server.requests().get(0).headers().getFirst("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void asksAgainWithThePageTokenUntilTheLastPage() throws Exception {
        server.answer(osv(Map.of("com.google.guava:guava", List.of("GHSA-7g45-4rm6-3mm3", "GHSA-5mg8-w23w-74h3"),
                "commons-io:commons-io", List.of("GHSA-78wr-2p64-hpwj")), 1));

        List<RawAdvisory> advisories = api().advisoriesFor(List.of(GUAVA, COMMONS_IO));

        assertThat(advisories).containsExactly(
                new RawAdvisory(base + "/v1/vulns/GHSA-7g45-4rm6-3mm3", advisory("GHSA-7g45-4rm6-3mm3")),
                new RawAdvisory(base + "/v1/vulns/GHSA-78wr-2p64-hpwj", advisory("GHSA-78wr-2p64-hpwj")),
                new RawAdvisory(base + "/v1/vulns/GHSA-5mg8-w23w-74h3", advisory("GHSA-5mg8-w23w-74h3")));
        List<AdvisoryServer.Request> posts = posts();
        assertThat(posts).hasSize(2);
        assertThat(JsonParser.parse(posts.get(1).body()).root()).isEqualTo(Map.of("queries", List.of(
                query("com.google.guava:guava", "31.1-jre", "1"))));
    }

    @Test
    void splitsMoreThanAThousandPackagesIntoBatchesAndFetchesEachRecordOnce() throws Exception {
        List<PackageVersion> packages = IntStream.range(0, 1500)
                .mapToObj(i -> new PackageVersion("org.example:lib-" + i, "1.0")).toList();
        Map<String, List<String>> vulns = new LinkedHashMap<>();
        packages.forEach(p -> vulns.put(p.name(), List.of("GHSA-78wr-2p64-hpwj")));
        vulns.put("org.example:lib-1499", List.of("GHSA-78wr-2p64-hpwj", "GHSA-7g45-4rm6-3mm3"));
        server.answer(osv(vulns, 100));

        List<RawAdvisory> advisories = api().advisoriesFor(packages);

        assertThat(advisories).extracting(RawAdvisory::origin).containsExactly(
                base + "/v1/vulns/GHSA-78wr-2p64-hpwj", base + "/v1/vulns/GHSA-7g45-4rm6-3mm3");
        assertThat(posts()).extracting(post -> queries(post).size()).containsExactly(1000, 500);
        assertThat(queries(posts().get(1)).get(0)).isEqualTo(query("org.example:lib-1000", "1.0", null));
        assertThat(server.requests()).filteredOn(r -> r.method().equals("GET")).extracting(AdvisoryServer.Request::path)
                .containsExactlyInAnyOrder("/v1/vulns/GHSA-78wr-2p64-hpwj", "/v1/vulns/GHSA-7g45-4rm6-3mm3");
    }

    @Test
    void noPackagesAskNothing() throws Exception {
        assertThat(api().advisoriesFor(List.of())).isEmpty();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aServerErrorMakesTheAdvisoriesUnavailableNamingTheUrl() {
        server.answer(exchange -> respond(exchange, 500, "oops".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> api().advisoriesFor(List.of(COMMONS_IO)))
                .isInstanceOfSatisfying(AdvisoriesUnavailable.class,
                        e -> assertThat(e.url()).isEqualTo(URI.create(base + "/v1/querybatch")))
                .hasMessage("the OSV API could not be queried at " + base + "/v1/querybatch (HTTP 500 server error)."
                        + FIX);
    }

    @Test
    void aRecordThatCannotBeFetchedMakesTheAdvisoriesUnavailable() {
        server.answer(osv(Map.of("commons-io:commons-io", List.of("GHSA-78wr-2p64-hpwj", "GHSA-none")), 100));

        assertThatThrownBy(() -> api().advisoriesFor(List.of(COMMONS_IO))).isInstanceOf(AdvisoriesUnavailable.class)
                .hasMessage("the OSV API could not be queried at " + base + "/v1/vulns/GHSA-none (HTTP 404 not"
                        + " found)." + FIX);
    }

    @Test
    void anAnswerThatDoesNotFitTheQuestionsIsRefused() {
        server.answer(exchange -> respond(exchange, 200, "{\"results\":[{}]}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> api().advisoriesFor(List.of(COMMONS_IO, SAFE))).isInstanceOf(
                AdvisoriesUnavailable.class).hasMessage("the OSV API at " + base + "/v1/querybatch answered 1 results"
                + " to 2 queries." + FIX);
    }

    @Test
    void anAnswerThatIsNotJsonIsRefused() {
        server.answer(exchange -> respond(exchange, 200, "<html>proxy login</html>".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> api().advisoriesFor(List.of(COMMONS_IO))).isInstanceOf(AdvisoriesUnavailable.class)
                .hasMessage("the OSV API at " + base + "/v1/querybatch did not answer with JSON (unexpected text at"
                        + " line 1, column 1)." + FIX);
    }

    @Test
    void aServerThatIsDownMakesTheAdvisoriesUnavailable() {
        server.close();

        assertThatThrownBy(() -> api().advisoriesFor(List.of(COMMONS_IO))).isInstanceOf(AdvisoriesUnavailable.class)
                .hasMessage("the OSV API could not be queried at " + base + "/v1/querybatch (connection refused)."
                        + FIX);
    }

    @Test
    void goesThroughTheProxyAndLogsInWhenItAsks() throws Exception {
        String login = "Basic " + Base64.getEncoder().encodeToString("builder:s3cret".getBytes(StandardCharsets.UTF_8));
        AdvisoryServer.Answer osv = osv(Map.of("commons-io:commons-io", List.of("GHSA-78wr-2p64-hpwj")), 100);
        server.answer(exchange -> {
            if (!login.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"proxy\"");
                respond(exchange, 407, new byte[0]);
            } else {
                osv.answer(exchange);
            }
        });
        HttpSettings proxy = new HttpSettings("127.0.0.1", server.url("").getPort(), "builder", "s3cret",
                List.of("*.corp"), Duration.ofSeconds(10));
        URI remote = URI.create("http://osv.example.invalid");

        List<RawAdvisory> advisories = new OsvApi(remote, proxy).advisoriesFor(List.of(COMMONS_IO));

        assertThat(advisories).extracting(RawAdvisory::origin)
                .containsExactly("http://osv.example.invalid/v1/vulns/GHSA-78wr-2p64-hpwj");
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.uri().getHost()).isEqualTo("osv.example.invalid"));
        assertThat(server.requests()).filteredOn(r -> r.headers().containsKey("Proxy-Authorization")).hasSize(2);
        assertThat(proxy.toString()).contains("builder").doesNotContain("s3cret");
    }

    @Test
    void reachesNonProxyHostsDirectly() throws Exception {
        server.answer(osv(Map.of("commons-io:commons-io", List.of("GHSA-78wr-2p64-hpwj")), 100));
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }

        HttpSettings exempt = new HttpSettings("127.0.0.1", deadPort, null, null, List.of("*.corp", "127.0.0.*"),
                Duration.ofSeconds(10));
        assertThat(new OsvApi(base, exempt).advisoriesFor(List.of(COMMONS_IO))).hasSize(1);

        HttpSettings proxied = new HttpSettings("127.0.0.1", deadPort, null, null, List.of("*.corp", "LOCALHOST"),
                Duration.ofSeconds(10));
        assertThatThrownBy(() -> new OsvApi(base, proxied).advisoriesFor(List.of(COMMONS_IO)))
                .isInstanceOf(AdvisoriesUnavailable.class).hasMessage("the OSV API could not be queried at " + base
                        + "/v1/querybatch (the proxy 127.0.0.1:" + deadPort + " refused the connection)." + FIX);
        assertThat(server.requests()).hasSize(2);
    }

    private OsvApi api() {
        return new OsvApi(base, HttpSettings.direct());
    }

    private List<AdvisoryServer.Request> posts() {
        return server.requests().stream().filter(r -> r.method().equals("POST")).toList();
    }

    private static List<?> queries(AdvisoryServer.Request post) {
        return (List<?>) ((Map<?, ?>) JsonParser.parse(post.body()).root()).get("queries");
    }

    private static Map<String, Object> query(String name, String version, String pageToken) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("package", Map.of("name", name, "ecosystem", "Maven"));
        query.put("version", version);
        if (pageToken != null) {
            query.put("page_token", pageToken);
        }
        return query;
    }

    /**
     * A stand-in for api.osv.dev: answers batch queries from {@code vulns} (package name to ids),
     * {@code pageSize} ids per page with the next page's start as token, and serves the records of
     * src/test/resources/audit/osv.
     */
    private static AdvisoryServer.Answer osv(Map<String, List<String>> vulns, int pageSize) {
        return exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/v1/querybatch") && exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 200, batchAnswer(exchange, vulns, pageSize));
            } else if (path.startsWith("/v1/vulns/")) {
                Path record = Path.of(OsvApiTest.class.getResource("/audit/osv").getPath())
                        .resolve(path.substring("/v1/vulns/".length()) + ".json");
                respond(exchange, Files.exists(record) ? 200 : 404,
                        Files.exists(record) ? Files.readAllBytes(record) : new byte[0]);
            } else {
                respond(exchange, 404, new byte[0]);
            }
        };
    }

    private static byte[] batchAnswer(HttpExchange exchange, Map<String, List<String>> vulns, int pageSize)
            throws IOException {
        Map<?, ?> request = (Map<?, ?>) JsonParser.parse(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8)).root();
        List<Object> results = new ArrayList<>();
        for (Object item : (List<?>) request.get("queries")) {
            Map<?, ?> query = (Map<?, ?>) item;
            String name = (String) ((Map<?, ?>) query.get("package")).get("name");
            List<String> ids = vulns.getOrDefault(name, List.of());
            int from = query.containsKey("page_token") ? Integer.parseInt((String) query.get("page_token")) : 0;
            int to = Math.min(ids.size(), from + pageSize);
            Map<String, Object> result = new LinkedHashMap<>();
            if (from < to) {
                result.put("vulns", ids.subList(from, to).stream()
                        .map(id -> Map.of("id", id, "modified", "2026-11-30T00:00:00Z")).toList());
            }
            if (to < ids.size()) {
                result.put("next_page_token", Integer.toString(to));
            }
            results.add(result);
        }
        return JsonWriter.write(Map.of("results", results)).getBytes(StandardCharsets.UTF_8);
    }
}
