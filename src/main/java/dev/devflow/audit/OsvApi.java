package dev.devflow.audit;

import dev.devflow.gate.JsonParser;
import dev.devflow.gate.JsonSyntaxException;
import dev.devflow.gate.JsonWriter;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The OSV query API (https://google.github.io/osv.dev/api/): asks which advisories affect each
 * package version, in batches, then fetches each advisory's full record once. The batch answer
 * lists only ids; the records are fetched one by one, a few at a time.
 */
public final class OsvApi {

    /** OSV's public query API. */
    public static final String DEFAULT_URL = "https://api.osv.dev";

    /** OSV's name for Maven Central's packages. */
    private static final String ECOSYSTEM = OsvRecordParser.ECOSYSTEM;

    /** OSV's limit for one batch. */
    static final int MAX_QUERIES = 1000;

    /** Records fetched at once: enough to hide the round trips, few enough not to look like a flood. */
    private static final int PARALLEL_FETCHES = 8;

    /** A server that keeps handing out page tokens is broken; the audit must end. */
    private static final int MAX_PAGES = 100;

    private static final String FIX = "check the network or proxy (Maven's settings.xml), point devflow.audit.apiUrl"
            + " at a mirror, or set devflow.audit.source=export to use a downloaded copy.";

    private final String base;
    private final HttpSettings http;

    /** @param baseUrl {@link #DEFAULT_URL} or a mirror of the API; {@code /v1/…} is appended to it */
    public OsvApi(URI baseUrl, HttpSettings http) {
        String text = baseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.http = http;
    }

    /**
     * The full records of every advisory the API lists for the packages, each once, in the order
     * they were first listed; each named by the URL it was read from.
     */
    public List<RawAdvisory> advisoriesFor(List<PackageVersion> packages) throws AdvisoriesUnavailable {
        if (packages.isEmpty()) {
            return List.of();
        }
        HttpClient client = http.client();
        return fetch(client, vulnerabilityIds(client, List.copyOf(new LinkedHashSet<>(packages))));
    }

    /** Queries every package, again for each further page, until no answer has a page token. */
    private Set<String> vulnerabilityIds(HttpClient client, List<PackageVersion> packages)
            throws AdvisoriesUnavailable {
        URI url = URI.create(base + "/v1/querybatch");
        Set<String> ids = new LinkedHashSet<>();
        List<Query> pending = packages.stream().map(p -> new Query(p, null)).toList();
        for (int page = 1; !pending.isEmpty(); page++) {
            if (page > MAX_PAGES) {
                throw unavailable(url, "the OSV API at " + url + " still had more pages after "
                        + MAX_PAGES + " queries.");
            }
            List<Query> next = new ArrayList<>();
            for (int from = 0; from < pending.size(); from += MAX_QUERIES) {
                List<Query> batch = pending.subList(from, Math.min(pending.size(), from + MAX_QUERIES));
                List<Map<?, ?>> results = results(url, send(client, post(url, batch), url), batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    Map<?, ?> result = results.get(i);
                    if (result.get("vulns") instanceof List<?> vulns) {
                        for (Object vuln : vulns) {
                            if (vuln instanceof Map<?, ?> listed && listed.get("id") instanceof String id) {
                                ids.add(id);
                            }
                        }
                    }
                    if (result.get("next_page_token") instanceof String token && !token.isEmpty()) {
                        next.add(new Query(batch.get(i).pkg(), token));
                    }
                }
            }
            pending = next;
        }
        return ids;
    }

    private HttpRequest post(URI url, List<Query> batch) {
        List<Object> queries = new ArrayList<>();
        for (Query query : batch) {
            Map<String, Object> pkg = new LinkedHashMap<>();
            pkg.put("name", query.pkg().name());
            pkg.put("ecosystem", ECOSYSTEM);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("package", pkg);
            json.put("version", query.pkg().version());
            if (query.pageToken() != null) {
                json.put("page_token", query.pageToken());
            }
            queries.add(json);
        }
        return HttpRequest.newBuilder(url).timeout(http.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JsonWriter.write(Map.of("queries", queries)),
                        StandardCharsets.UTF_8))
                .build();
    }

    /** The answer's results, one per query and in their order, as OSV promises. */
    private static List<Map<?, ?>> results(URI url, String answer, int queries) throws AdvisoriesUnavailable {
        Object root;
        try {
            root = JsonParser.parse(answer).root();
        } catch (JsonSyntaxException e) {
            throw unavailable(url, "the OSV API at " + url + " did not answer with JSON ("
                    + e.getMessage() + ").");
        }
        List<Map<?, ?>> results = new ArrayList<>();
        if (root instanceof Map<?, ?> map && map.get("results") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> result) {
                    results.add(result);
                }
            }
        }
        if (results.size() != queries) {
            throw unavailable(url, "the OSV API at " + url + " answered " + results.size()
                    + " results to " + queries + " queries.");
        }
        return results;
    }

    /** Fetches the records a few at a time, keeping the order of the ids. */
    private List<RawAdvisory> fetch(HttpClient client, Set<String> ids) throws AdvisoriesUnavailable {
        List<URI> urls = ids.stream()
                .map(id -> URI.create(base + "/v1/vulns/" + URLEncoder.encode(id, StandardCharsets.UTF_8)))
                .toList();
        List<RawAdvisory> advisories = new ArrayList<>();
        for (int from = 0; from < urls.size(); from += PARALLEL_FETCHES) {
            List<URI> window = urls.subList(from, Math.min(urls.size(), from + PARALLEL_FETCHES));
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (URI url : window) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(url).timeout(http.timeout()).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            try {
                for (int i = 0; i < window.size(); i++) {
                    advisories.add(new RawAdvisory(window.get(i).toString(), body(await(answers.get(i), window.get(i)),
                            window.get(i))));
                }
            } finally {
                answers.forEach(answer -> answer.cancel(true));
            }
        }
        return advisories;
    }

    private String send(HttpClient client, HttpRequest request, URI url) throws AdvisoriesUnavailable {
        return body(await(client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)), url),
                url);
    }

    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> answer, URI url)
            throws AdvisoriesUnavailable {
        try {
            return answer.get();
        } catch (ExecutionException e) {
            String reason = e.getCause() instanceof IOException failure ? http.reason(url, failure)
                    : "the request failed";
            throw unavailable(url, "the OSV API could not be queried at " + url + " (" + reason + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw unavailable(url, "the query to the OSV API at " + url + " was interrupted.");
        }
    }

    private static String body(HttpResponse<String> response, URI url) throws AdvisoriesUnavailable {
        if (response.statusCode() != 200) {
            throw unavailable(url, "the OSV API could not be queried at " + url + " ("
                    + HttpSettings.status(response.statusCode()) + ").");
        }
        return response.body();
    }

    private static AdvisoriesUnavailable unavailable(URI url, String problem) {
        return new AdvisoriesUnavailable(url, problem, FIX);
    }

    /** One package's question; a page token asks for the next page of an earlier answer. */
    private record Query(PackageVersion pkg, String pageToken) {
    }
}
