package org.partnersplatform.api.http;

import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;

/**
 * The core-owned HTTP client. What it guarantees, so that a plugin need not:
 * <ul>
 *   <li>connect and response timeouts;</li>
 *   <li>408, 423, 429, 500, 502, 503 and 504, and connection failures, are retried with exponential backoff, waiting
 *       at least what {@code Retry-After} asks;</li>
 *   <li>a 403 or 429 that says the rate limit is spent ({@code x-ratelimit-remaining: 0} with {@code
 *       x-ratelimit-reset}, or {@code Retry-After}) is waited out when the wait is short, and otherwise thrown as a
 *       {@link RateLimitedException} carrying when to retry;</li>
 *   <li>redirects are followed;</li>
 *   <li>requests are logged at DEBUG without credentials.</li>
 * </ul>
 * A request may take statuses out of the retries and rate-limit handling with {@link
 * HttpRequestSpec.Builder#callerHandles} (since 1.1.0): a response with one of them is returned as it is, for the
 * plugin to map to a typed exception.
 */
public interface SourceHttpClient {

    /**
     * Sends a request and returns the response once it is neither retryable nor rate limited.
     *
     * @return a 2xx, 3xx that was not followed, a 4xx the plugin interprets, or a response whose status the request
     *         names as {@linkplain HttpRequestSpec#callerHandledStatuses() handled by the caller}
     * @throws RateLimitedException when the wait for the rate limit is longer than the client waits by itself
     * @throws TemporarilyUnavailableException when retries are exhausted
     */
    HttpResult send(HttpRequestSpec request);
}
