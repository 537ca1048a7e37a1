package org.partnersplatform.api.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A response the client received and did not retry away: a success, a client error for the plugin to interpret
 * (401 and 403 mean credentials, 404 a missing repository or forum), or any status the request named with {@link
 * HttpRequestSpec.Builder#callerHandles}.
 *
 * @param status the HTTP status
 * @param uri the URI that answered, after redirects
 * @param headers the response headers; {@link #header} looks them up ignoring case
 * @param body the raw body
 */
public record HttpResult(int status, URI uri, Map<String, List<String>> headers, byte[] body) {

    public HttpResult {
        Objects.requireNonNull(uri, "uri");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = copy;
        body = Objects.requireNonNull(body, "body").clone();
    }

    /** Whether the status is 2xx. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header. */
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
}
