package org.partnersplatform.plugins.stackexchange;

import com.fasterxml.jackson.jr.ob.JSON;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * A local stand-in for the Stack Exchange API 2.3 that answers from the real recordings {@code goso_questions.json}
 * and {@code goso_answers.json} the way the API does: {@code /questions} filtered by {@code tagged} (all tags) and the
 * inclusive {@code min} on the activity date, sorted by activity ascending; {@code /questions/{ids}/answers} sorted by
 * creation ascending; both paged by {@code page}/{@code pagesize} with {@code has_more}, and every body gzipped with
 * {@code Content-Encoding: gzip} as the real API always does. The replay server serves only fixed text, so paging that
 * depends on the query, and gzip bytes, need this.
 */
final class FakeStackExchangeApi implements AutoCloseable {

    private static final String PREFIX = "/2.3";

    private final HttpServer server;
    private final List<Map<String, Object>> questions;
    private final List<Map<String, Object>> answers;
    private final List<String> requests = new ArrayList<>();

    private FakeStackExchangeApi(HttpServer server) {
        this.server = server;
        this.questions = items("fixtures/stackexchange/goso_questions.json");
        this.answers = items("fixtures/stackexchange/goso_answers.json");
    }

    static FakeStackExchangeApi start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
            FakeStackExchangeApi api = new FakeStackExchangeApi(http);
            http.createContext("/", api::handle);
            http.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the {@code baseUrl} setting points at. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PREFIX;
    }

    /** The path and query of every request received, in order. */
    synchronized List<String> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            synchronized (this) {
                requests.add(path + "?" + rawQuery);
            }
            Map<String, String> query = query(rawQuery);
            List<Map<String, Object>> selected;
            if (path.equals(PREFIX + "/questions")) {
                Set<String> tagged = Set.of(query.get("tagged").split(";"));
                long min = Long.parseLong(query.getOrDefault("min", "0"));
                selected = questions.stream()
                        .filter(q -> ((List<?>) q.get("tags")).containsAll(tagged))
                        .filter(q -> number(q, "last_activity_date") >= min)
                        .sorted(Comparator.comparingLong(q -> number(q, "last_activity_date")))
                        .toList();
            } else if (path.startsWith(PREFIX + "/questions/") && path.endsWith("/answers")) {
                String ids = path.substring((PREFIX + "/questions/").length(), path.length() - "/answers".length());
                Set<Long> questionIds = Arrays.stream(ids.split(";")).map(Long::valueOf).collect(Collectors.toSet());
                selected = answers.stream()
                        .filter(a -> questionIds.contains(number(a, "question_id")))
                        .sorted(Comparator.comparingLong(a -> number(a, "creation_date")))
                        .toList();
            } else {
                send(exchange, 400, Map.of("error_id", 404, "error_name", "no_method",
                        "error_message", "no method found with this name"));
                return;
            }
            int page = Integer.parseInt(query.getOrDefault("page", "1"));
            int size = Integer.parseInt(query.getOrDefault("pagesize", "30"));
            int from = Math.min((page - 1) * size, selected.size());
            int to = Math.min(from + size, selected.size());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("items", selected.subList(from, to));
            body.put("has_more", to < selected.size());
            body.put("quota_max", 300);
            body.put("quota_remaining", 280);
            send(exchange, 200, body);
        }
    }

    private static void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (OutputStream gzip = new GZIPOutputStream(gzipped)) {
            gzip.write(JSON.std.asBytes(body));
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        exchange.sendResponseHeaders(status, gzipped.size());
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(gzipped.toByteArray());
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static long number(Map<String, Object> object, String field) {
        return ((Number) object.get(field)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(String resource) {
        try (InputStream in = FakeStackExchangeApi.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource);
            }
            return (List<Map<String, Object>>) JSON.std.mapFrom(in).get("items");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
