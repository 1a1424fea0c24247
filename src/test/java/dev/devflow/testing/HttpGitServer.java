package dev.devflow.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * A smart-HTTP git server on loopback, as a hosting service is one: the JDK's HTTP server in
 * front of C git's own {@code git http-backend} (CGI), serving the bare repositories in one
 * folder. Every request needs HTTP Basic auth with the one user and password it is given; the
 * others get 401 with {@code WWW-Authenticate: Basic}, as GitHub or GitLab answer. It counts
 * what it refused and what reached git, so a test can tell a refused login never got in and a
 * wrong password was not tried over and over. Git runs with no user or system configuration, so
 * the machine's ~/.gitconfig plays no part.
 */
public final class HttpGitServer implements AutoCloseable {

    public static final String HOST = "127.0.0.1";

    private static final String REALM = "Basic realm=\"git\"";
    private static final long BACKEND_SECONDS = 30;

    private final HttpServer server;
    private final ExecutorService requests;
    private final Path projectRoot;
    private final String user;
    private final String authorization;
    private final AtomicInteger gitRequests = new AtomicInteger();
    private final AtomicInteger anonymousRequests = new AtomicInteger();
    private final AtomicInteger wrongPasswords = new AtomicInteger();

    private HttpGitServer(HttpServer server, Path projectRoot, String user, String password) {
        this.server = server;
        this.requests = Executors.newCachedThreadPool();
        this.projectRoot = projectRoot;
        this.user = user;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Serves the bare repositories in {@code projectRoot} over http, to {@code user} with {@code password}. */
    public static HttpGitServer start(Path projectRoot, String user, String password) throws IOException {
        return listen(HttpServer.create(loopback(), 0), projectRoot, user, password);
    }

    /** The same over https, with the certificate and key in {@code tls}. */
    public static HttpGitServer startHttps(Path projectRoot, String user, String password, SSLContext tls)
            throws IOException {
        HttpsServer server = HttpsServer.create(loopback(), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return listen(server, projectRoot, user, password);
    }

    private static InetSocketAddress loopback() throws IOException {
        return new InetSocketAddress(InetAddress.getByName(HOST), 0);
    }

    private static HttpGitServer listen(HttpServer server, Path projectRoot, String user, String password)
            throws IOException {
        HttpGitServer git = new HttpGitServer(server, projectRoot, user, password);
        server.createContext("/", git::handle);
        server.setExecutor(git.requests);
        server.start();
        return git;
    }

    /**
     * Lets the repository take pushes, as a host does for a user with write access; without it
     * http-backend answers receive-pack with 403, as a host does for a read-only token.
     */
    public static void allowPushes(Path bareRepository, boolean allowed) throws IOException {
        FileBasedConfig config = new FileBasedConfig(bareRepository.resolve("config").toFile(), FS.DETECTED);
        try {
            config.load();
        } catch (ConfigInvalidException e) {
            throw new IOException(e);
        }
        config.setBoolean("http", null, "receivepack", allowed);
        config.save();
    }

    /** The URL a clone of {@code repository} (a folder in the project root) has as origin. */
    public String url(String repository) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://" + HOST + ":" + server.getAddress().getPort() + "/" + repository;
    }

    /** Requests that got past the login to git: none when every login was refused. */
    public int gitRequests() {
        return gitRequests.get();
    }

    /** Requests without credentials, each answered with 401 and the challenge. */
    public int anonymousRequests() {
        return anonymousRequests.get();
    }

    /** Requests whose credentials were wrong: a client that retries them shows here. */
    public int wrongPasswords() {
        return wrongPasswords.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            if (!authorization.equals(given)) {
                (given == null ? anonymousRequests : wrongPasswords).incrementAndGet();
                exchange.getResponseHeaders().set("WWW-Authenticate", REALM);
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            gitRequests.incrementAndGet();
            new CgiRequest(exchange).run();
        }
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        requests.shutdownNow();
    }

    /** One request through {@code git http-backend}, as a web server runs a CGI program. */
    private final class CgiRequest {

        private final HttpExchange exchange;

        CgiRequest(HttpExchange exchange) {
            this.exchange = exchange;
        }

        void run() throws IOException {
            Process backend = start();
            Thread body = new Thread(() -> sendBody(backend), "http-backend request body");
            body.setDaemon(true);
            body.start();
            try (InputStream output = backend.getInputStream()) {
                CgiHeaders headers = CgiHeaders.read(output);
                headers.copyTo(exchange.getResponseHeaders());
                exchange.sendResponseHeaders(headers.status(), 0);
                try (OutputStream response = exchange.getResponseBody()) {
                    output.transferTo(response);
                }
            } finally {
                body.interrupt();
                stop(backend);
            }
        }

        /** The end of the output is not yet the end of git: receive-pack may still update refs. */
        private void stop(Process backend) {
            try {
                if (!backend.waitFor(BACKEND_SECONDS, TimeUnit.SECONDS)) {
                    backend.destroyForcibly();
                }
            } catch (InterruptedException e) {
                backend.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private Process start() throws IOException {
            ProcessBuilder builder = new ProcessBuilder("git", "http-backend")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            var environment = builder.environment();
            environment.keySet().removeIf(name -> name.startsWith("GIT_"));
            environment.put("GIT_CONFIG_GLOBAL", "/dev/null");
            environment.put("GIT_CONFIG_NOSYSTEM", "1");
            environment.put("GIT_PROJECT_ROOT", projectRoot.toString());
            environment.put("GIT_HTTP_EXPORT_ALL", "1");
            environment.put("REMOTE_USER", user); // who pushed, for receive-pack's reflog
            environment.put("REMOTE_ADDR", HOST);
            environment.put("REQUEST_METHOD", exchange.getRequestMethod());
            environment.put("PATH_INFO", exchange.getRequestURI().getPath());
            String query = exchange.getRequestURI().getRawQuery();
            environment.put("QUERY_STRING", query == null ? "" : query);
            String type = exchange.getRequestHeaders().getFirst("Content-Type");
            environment.put("CONTENT_TYPE", type == null ? "" : type);
            String protocol = exchange.getRequestHeaders().getFirst("Git-Protocol");
            if (protocol != null) {
                environment.put("GIT_PROTOCOL", protocol);
            }
            // No CONTENT_LENGTH: the body is decoded here, so http-backend reads it to its end.
            return builder.start();
        }

        /** Copied while the response is read: receive-pack may answer before it has read all. */
        private void sendBody(Process backend) {
            try (InputStream body = requestBody(); OutputStream input = backend.getOutputStream()) {
                body.transferTo(input);
            } catch (IOException e) {
                // http-backend ended early; its response says why
            }
        }

        /** JGit gzips a POST body when that makes it smaller. */
        private InputStream requestBody() throws IOException {
            String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
            InputStream body = exchange.getRequestBody();
            return "gzip".equalsIgnoreCase(encoding) || "x-gzip".equalsIgnoreCase(encoding)
                    ? new GZIPInputStream(body) : body;
        }
    }
}
