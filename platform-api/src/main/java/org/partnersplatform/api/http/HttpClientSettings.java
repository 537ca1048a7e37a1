package org.partnersplatform.api.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient the client is.
 *
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a response, unless the request says otherwise
 * @param maxAttempts how many times a retryable request is sent in all, at least 1
 * @param initialBackoff the wait before the second attempt; it doubles at each further attempt
 * @param maxRateLimitWait the longest rate-limit wait the client sits out; longer ones are thrown
 */
public record HttpClientSettings(Duration connectTimeout, Duration requestTimeout, int maxAttempts,
                                 Duration initialBackoff, Duration maxRateLimitWait) {

    /** Sensible defaults: 10 s to connect, 60 s to answer, 4 attempts from 1 s, rate-limit waits up to 60 s. */
    public static final HttpClientSettings DEFAULTS = new HttpClientSettings(
            Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(1), Duration.ofSeconds(60));

    public HttpClientSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxRateLimitWait, "maxRateLimitWait");
    }
}
