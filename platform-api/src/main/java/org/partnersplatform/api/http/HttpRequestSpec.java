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
 * A URI that is itself a credential (an incoming-webhook URL) is marked with {@link Builder#secretUri}.
 *
 * @param method GET, POST, ...
 * @param uri the absolute URI, usually built from the installation's {@code baseUrl}
 * @param headers header names and values
 * @param secretHeaders names of headers whose values are credentials
 * @param body the body, or an empty array
 * @param timeout how long to wait for the response, or empty for the client's default
 * @param callerHandledStatuses the HTTP statuses the caller interprets itself (see {@link Builder#callerHandles});
 *        the client returns a response with one of them as it is, without retrying or waiting. Empty by default.
 *        Added in 1.1.0.
 * @param secretUri whether the URI's path and query are a credential, so that only its scheme, host and port are
 *        ever logged or put in a message (see {@link Builder#secretUri}). Added in 1.2.0.
 */
public record HttpRequestSpec(String method, URI uri, Map<String, String> headers, Set<String> secretHeaders,
                              byte[] body, Optional<Duration> timeout, Set<Integer> callerHandledStatuses,
                              boolean secretUri) {

    /**
     * The canonical constructor.
     *
     * <p>In 1.1.0 this constructor gained {@code callerHandledStatuses} and in 1.2.0 {@code secretUri}; in 1.0.0 it
     * had the first six components only. Changing a public constructor in a minor version was accepted because 1.x
     * had not been released to third-party plugins, and the six- and seven-argument constructors are kept. Prefer the
     * builder.
     *
     * @throws IllegalArgumentException when the URI is relative or a caller-handled status is not between 100 and 599
     * @since 1.2.0
     */
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
        callerHandledStatuses = Set.copyOf(Objects.requireNonNull(callerHandledStatuses, "callerHandledStatuses"));
        for (int status : callerHandledStatuses) {
            checkStatus(status);
        }
    }

    /**
     * The 1.1.0 constructor: a request whose URI may be logged (without credential-like query parameters). Kept so
     * that code written against 1.1.0 still compiles and links; prefer the builder.
     *
     * @since 1.1.0
     */
    public HttpRequestSpec(String method, URI uri, Map<String, String> headers, Set<String> secretHeaders,
                           byte[] body, Optional<Duration> timeout, Set<Integer> callerHandledStatuses) {
        this(method, uri, headers, secretHeaders, body, timeout, callerHandledStatuses, false);
    }

    /**
     * The 1.0.0 constructor: a request whose every status the client treats as usual (no caller-handled status).
     * Kept so that code written against 1.0.0 still compiles and links; prefer the builder.
     */
    public HttpRequestSpec(String method, URI uri, Map<String, String> headers, Set<String> secretHeaders,
                           byte[] body, Optional<Duration> timeout) {
        this(method, uri, headers, secretHeaders, body, timeout, Set.of(), false);
    }

    /** Starts a GET request. */
    public static Builder get(URI uri) {
        return new Builder("GET", uri);
    }

    /** Starts a POST request. */
    public static Builder post(URI uri) {
        return new Builder("POST", uri);
    }

    /**
     * The HTTP statuses the caller interprets itself; see {@link Builder#callerHandles}. Empty unless named.
     *
     * @since 1.1.0
     */
    @Override
    public Set<Integer> callerHandledStatuses() {
        return callerHandledStatuses;
    }

    /**
     * Whether the caller asked to interpret this status itself, so that the client returns it as it is.
     *
     * @since 1.1.0
     */
    public boolean isCallerHandled(int status) {
        return callerHandledStatuses.contains(status);
    }

    private static void checkStatus(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599: " + status);
        }
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

    /**
     * The method and the URI as they may be logged: with a {@linkplain Builder#secretUri secret URI}, only its scheme,
     * host and port; otherwise without user-info and without the values of credential-like query parameters.
     */
    @Override
    public String toString() {
        return method + " " + (secretUri ? Redaction.originOnly(uri) : Redaction.redactQuery(uri));
    }

    /** Builds an {@link HttpRequestSpec}. */
    public static final class Builder {
        private final String method;
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private final Set<String> secretHeaders = new HashSet<>();
        private byte[] body = new byte[0];
        private Duration timeout;
        private final Set<Integer> callerHandledStatuses = new HashSet<>();
        private boolean secretUri;

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

        /**
         * Names HTTP statuses this request's caller interprets itself. For a response with one of these statuses the
         * client returns the response as it is, body and headers included: it does not retry it, even for a status it
         * otherwise retries (408, 423, 429, 500, 502, 503, 504), and it does not wait for or throw a rate limit, even
         * when the headers announce one ({@code Retry-After}, {@code x-ratelimit-remaining: 0}). The plugin is then
         * responsible for mapping the response to a typed exception ({@link
         * org.partnersplatform.api.RateLimitedException} with the time to retry, {@link
         * org.partnersplatform.api.TemporarilyUnavailableException}, ...) or to a result. The core's run-level
         * handling of those exceptions still applies: a {@code TemporarilyUnavailableException} the plugin throws is
         * retried by the run like one the client throws.
         *
         * <p>Only the status of the response the client ends with counts: redirects are still followed, and
         * connection failures and timeouts are still retried. Statuses the client already returns (2xx, most 4xx)
         * may be named; it changes nothing for them. Calls add up.
         *
         * <pre>{@code
         * // The service reports throttling as a 502 with a JSON body that says how long to wait.
         * HttpResult result = http.send(HttpRequestSpec.get(uri).callerHandles(502).build());
         * if (result.status() == 502) {
         *     throw throttledOrUnavailable(result.bodyAsString());
         * }
         * }</pre>
         *
         * @param statuses HTTP statuses, 100 to 599
         * @throws IllegalArgumentException when a status is outside 100 to 599
         * @since 1.1.0
         */
        public Builder callerHandles(int... statuses) {
            for (int status : statuses) {
                checkStatus(status);
                callerHandledStatuses.add(status);
            }
            return this;
        }

        /**
         * Marks the URI as a credential: an incoming-webhook URL (Slack's {@code /services/T.../B.../secret}) whose path
         * is what authorizes the request. The client then logs and reports the request as {@code POST
         * https://hooks.example.org/***}, in its DEBUG lines and in the messages of the exceptions it throws.
         *
         * @since 1.2.0
         */
        public Builder secretUri() {
            this.secretUri = true;
            return this;
        }

        public HttpRequestSpec build() {
            return new HttpRequestSpec(method, uri, headers, secretHeaders, body, Optional.ofNullable(timeout),
                    callerHandledStatuses, secretUri);
        }
    }
}
