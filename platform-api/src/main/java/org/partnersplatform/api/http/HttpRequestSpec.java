package org.partnersplatform.api.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A request a plugin asks the core's client to send. Credentials go in headers ({@link Builder#bearer}, {@link
 * Builder#secretHeader}); the client never logs their values, nor query parameters whose names look like credentials.
 *
 * @param method GET, POST, ...
 * @param uri the absolute URI, usually built from the installation's {@code baseUrl}
 * @param headers header names and values
 * @param secretHeaders names of headers whose values are credentials
 * @param body the body, or an empty array
 * @param timeout how long to wait for the response, or empty for the client's default
 */
public record HttpRequestSpec(String method, URI uri, Map<String, String> headers, Set<String> secretHeaders,
                              byte[] body, Optional<Duration> timeout) {

    public HttpRequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("a request URI is absolute: " + uri);
        }
        headers = Map.copyOf(headers);
        secretHeaders = Set.copyOf(secretHeaders);
        body = body == null ? new byte[0] : body.clone();
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Starts a GET request. */
    public static Builder get(URI uri) {
        return new Builder("GET", uri);
    }

    /** Starts a POST request. */
    public static Builder post(URI uri) {
        return new Builder("POST", uri);
    }

    /** Whether the value of this header must never be logged. */
    public boolean isSecretHeader(String name) {
        return name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("cookie")
                || secretHeaders.stream().anyMatch(name::equalsIgnoreCase);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return method + " " + Redaction.redactQuery(uri);
    }

    /** Builds an {@link HttpRequestSpec}. */
    public static final class Builder {
        private final String method;
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Set<String> secretHeaders = new HashSet<>();
        private byte[] body = new byte[0];
        private Duration timeout;

        private Builder(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** A header whose value is a credential (an API key). */
        public Builder secretHeader(String name, String value) {
            secretHeaders.add(name);
            return header(name, value);
        }

        /** {@code Authorization: Bearer <token>}. */
        public Builder bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Builder body(byte[] body, String contentType) {
            this.body = body.clone();
            return header("Content-Type", contentType);
        }

        public Builder jsonBody(String json) {
            return body(json.getBytes(StandardCharsets.UTF_8), "application/json");
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public HttpRequestSpec build() {
            return new HttpRequestSpec(method, uri, headers, secretHeaders, body, Optional.ofNullable(timeout));
        }
    }
}
