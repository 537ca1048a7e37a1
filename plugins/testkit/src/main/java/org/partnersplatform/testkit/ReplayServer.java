package org.partnersplatform.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A local HTTP server on {@code 127.0.0.1} that replays recorded responses, so that a source's client is tested
 * without calling a live API. Responses are registered per route (method, path and optionally the query, or the body
 * for APIs such as GraphQL that send every request to one path); a route given several responses serves them in
 * order and then repeats the last (a 429 with {@code Retry-After}, then a 200).
 * A request no route matches is answered 404 with a body naming it. Every request is recorded. Routes may be added
 * while the server runs; it is safe to use from the test's thread and the server's.
 *
 * <pre>{@code
 * try (ReplayServer server = ReplayServer.start()) {
 *     server.on("GET", "/items", "page=1").respond(
 *             ReplayResponse.status(429).header("Retry-After", "5"),
 *             ReplayResponse.okFromResource("fixtures/demo/items_page1.json")
 *                     .header("Link", "<{baseUrl}/items?page=2>; rel=\"next\""));
 *     ...
 *     assertEquals("Bearer t0ken", server.requests().get(0).header("Authorization").orElseThrow());
 * }
 * }</pre>
 */
public final class ReplayServer implements AutoCloseable {

    /** The placeholder replaced by {@link #baseUrl()} in served bodies and header values. */
    public static final String BASE_URL_PLACEHOLDER = "{baseUrl}";

    private final HttpServer server;
    private final String baseUrl;
    private final List<Route> routes = new ArrayList<>();
    private final List<RecordedRequest> requests = new ArrayList<>();

    private ReplayServer(HttpServer server) {
        this.server = server;
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * Starts a server on a free port of {@code 127.0.0.1}.
     *
     * @throws UncheckedIOException when no port can be bound
     */
    public static ReplayServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            ReplayServer replay = new ReplayServer(http);
            http.createContext("/", replay::handle);
            http.start();
            return replay;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the replay server", e);
        }
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash: what a source's {@code baseUrl} setting is set to. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The absolute URI of {@code pathAndQuery} (which starts with {@code /}) on this server. */
    public URI uri(String pathAndQuery) {
        return URI.create(baseUrl + pathAndQuery);
    }

    /**
     * The route for {@code method} and {@code path} whatever the query. Asking again for the same method and path
     * returns the same route, so responses added later are served after those added before.
     */
    public synchronized Route on(String method, String path) {
        return existingOrNew(method, path, null);
    }

    /**
     * The route for {@code method}, {@code path} and exactly the raw query {@code query} (without {@code ?}, as sent,
     * e.g. {@code page=2&per_page=100}). Routes with a query condition are tried before routes without one.
     */
    public synchronized Route on(String method, String path, String query) {
        return existingOrNew(method, path, Objects.requireNonNull(query, "query"));
    }

    /**
     * A new route for {@code method} and {@code path} whose raw query (an empty string when there is none) passes
     * {@code query}. Routes with a query condition are tried in the order they were added.
     */
    public synchronized Route on(String method, String path, Predicate<String> query) {
        Route route = new Route(method, path, null, Objects.requireNonNull(query, "query"), null);
        routes.add(route);
        return route;
    }

    /**
     * A new route for {@code method} and {@code path} whose request body, read as UTF-8, passes {@code body}: for a
     * GraphQL API, where every query is a POST to one path and only the body says what is asked. Routes with a body
     * condition are tried with those with a query condition, in the order they were added.
     */
    public synchronized Route onBody(String method, String path, Predicate<String> body) {
        Route route = new Route(method, path, null, null, Objects.requireNonNull(body, "body"));
        routes.add(route);
        return route;
    }

    /** Every request received so far, in order. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The requests received so far for that method and path, in order. */
    public synchronized List<RecordedRequest> requests(String method, String path) {
        return requests.stream()
                .filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path))
                .toList();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
    }

    private Route existingOrNew(String method, String path, String exactQuery) {
        for (Route route : routes) {
            if (route.predicate == null && route.bodyPredicate == null && route.method.equalsIgnoreCase(method)
                    && route.path.equals(path)
                    && Objects.equals(route.exactQuery, exactQuery)) {
                return route;
            }
        }
        Route route = new Route(method, path, exactQuery, null, null);
        routes.add(route);
        return route;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            URI uri = exchange.getRequestURI();
            String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                    uri.getPath(), query, exchange.getRequestHeaders(), body);
            ReplayResponse response;
            synchronized (this) {
                requests.add(request);
                response = routeFor(request).map(Route::next).orElseGet(() -> ReplayResponse.status(404)
                        .contentType("text/plain; charset=utf-8")
                        .body("no recorded response for " + request + "\n"));
            }
            send(exchange, request, response);
        }
    }

    private Optional<Route> routeFor(RecordedRequest request) {
        return routes.stream()
                .filter(r -> r.hasCondition() && r.matches(request))
                .findFirst()
                .or(() -> routes.stream().filter(r -> !r.hasCondition() && r.matches(request)).findFirst());
    }

    private void send(HttpExchange exchange, RecordedRequest request, ReplayResponse response) throws IOException {
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, substitute(value)));
        if (response.headers().keySet().stream().noneMatch("Content-Type"::equalsIgnoreCase)) {
            exchange.getResponseHeaders().add("Content-Type", ReplayResponse.DEFAULT_CONTENT_TYPE);
        }
        byte[] body = substitute(response.body()).getBytes(StandardCharsets.UTF_8);
        boolean noBody = body.length == 0 || request.method().equals("HEAD")
                || response.status() == 204 || response.status() == 304;
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private String substitute(String text) {
        return text.replace(BASE_URL_PLACEHOLDER, baseUrl);
    }

    /**
     * The responses for one route, served in order, the last one repeating. Obtained from {@link ReplayServer#on}.
     */
    public final class Route {
        private final String method;
        private final String path;
        private final String exactQuery;
        private final Predicate<String> predicate;
        private final Predicate<String> bodyPredicate;
        private final List<ReplayResponse> responses = new ArrayList<>();
        private int served;

        private Route(String method, String path, String exactQuery, Predicate<String> predicate,
                      Predicate<String> bodyPredicate) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("a route's path starts with /: " + path);
            }
            this.exactQuery = exactQuery;
            this.predicate = predicate;
            this.bodyPredicate = bodyPredicate;
        }

        /** Adds responses to serve, after those already added; returns this route for chaining. */
        public Route respond(ReplayResponse... more) {
            synchronized (ReplayServer.this) {
                responses.addAll(List.of(more));
            }
            return this;
        }

        /** How many requests this route has answered. */
        public int timesServed() {
            synchronized (ReplayServer.this) {
                return served;
            }
        }

        private boolean hasCondition() {
            return exactQuery != null || predicate != null || bodyPredicate != null;
        }

        private boolean matches(RecordedRequest request) {
            if (!method.equalsIgnoreCase(request.method()) || !path.equals(request.path())) {
                return false;
            }
            if (bodyPredicate != null && !bodyPredicate.test(request.bodyAsString())) {
                return false;
            }
            if (exactQuery != null) {
                return exactQuery.equals(request.query());
            }
            return predicate == null || predicate.test(request.query());
        }

        private ReplayResponse next() {
            if (responses.isEmpty()) {
                return ReplayResponse.status(500).contentType("text/plain; charset=utf-8")
                        .body("the route " + method + " " + path + " has no response registered\n");
            }
            ReplayResponse response = responses.get(Math.min(served, responses.size() - 1));
            served++;
            return response;
        }
    }
}
