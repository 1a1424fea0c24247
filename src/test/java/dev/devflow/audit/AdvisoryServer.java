package dev.devflow.audit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in for OSV's servers (the export bucket, the query API): the JDK's HTTP server on
 * loopback, answering as the test says and keeping the requests it got.
 */
final class AdvisoryServer implements AutoCloseable {

    interface Answer {
        void answer(HttpExchange exchange) throws IOException;
    }

    record Request(String method, URI uri, Headers headers, String body) {

        String path() {
            return uri.getPath();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Answer answer = exchange -> respond(exchange, 404, new byte[0]);
    private volatile int notModified;

    private AdvisoryServer(HttpServer server) {
        this.server = server;
    }

    static AdvisoryServer start() throws IOException {
        AdvisoryServer test = new AdvisoryServer(
                HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0));
        test.server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            exchange.setStreams(new ByteArrayInputStream(body), null); // for the answer to read again
            test.requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders(), new String(body, StandardCharsets.UTF_8)));
            try {
                test.answer.answer(exchange);
            } finally {
                exchange.close();
            }
        });
        test.server.setExecutor(test.threads);
        test.server.start();
        return test;
    }

    /** Sends the status and the whole body; an empty body is sent as none. */
    static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(Answer next) {
        answer = next;
    }

    List<Request> requests() {
        return requests;
    }

    synchronized void countNotModified() {
        notModified++;
    }

    int notModified() {
        return notModified;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
