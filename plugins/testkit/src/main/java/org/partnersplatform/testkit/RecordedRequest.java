package org.partnersplatform.testkit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the {@link ReplayServer} received, kept so that a test can assert what the source sent (the token header,
 * the page parameter, the body).
 *
 * @param method the HTTP method, upper case
 * @param path the decoded path, e.g. {@code /repos/org/repo/pulls}
 * @param query the raw query string without {@code ?}, or an empty string when there was none
 * @param headers the request headers; {@link #header} looks them up ignoring case
 * @param body the raw body, empty when there was none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              byte[] body) {

    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = copy;
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** The first value of a header, ignoring the name's case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query);
    }
}
