package org.partnersplatform.api.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SourceHttpClient} the host gives every plugin, on the JDK's {@link HttpClient}. See the interface for
 * what it guarantees, and {@link HttpRequestSpec.Builder#callerHandles} for the statuses a request takes out of the
 * retry and rate-limit handling. Thread-safe.
 */
public final class StandardSourceHttpClient implements SourceHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(StandardSourceHttpClient.class);
    private static final Set<Integer> RETRYABLE = Set.of(408, 423, 429, 500, 502, 503, 504);

    private final HttpClient client;
    private final HttpClientSettings settings;
    private final Clock clock;
    private final Sleeper sleeper;

    public StandardSourceHttpClient(HttpClientSettings settings, Clock clock, Sleeper sleeper) {
        this.settings = settings;
        this.clock = clock;
        this.sleeper = sleeper;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A client with the default settings, the system clock and real waits. */
    public static StandardSourceHttpClient withDefaults() {
        return new StandardSourceHttpClient(HttpClientSettings.DEFAULTS, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    @Override
    public HttpResult send(HttpRequestSpec request) {
        for (int attempt = 1; ; attempt++) {
            HttpResponse<byte[]> response;
            long started = System.nanoTime();
            try {
                response = client.send(toJdkRequest(request), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                if (attempt >= settings.maxAttempts()) {
                    throw new TemporarilyUnavailableException(
                            request + " failed after " + attempt + " attempts: " + e, e);
                }
                LOG.debug("{} failed ({}), attempt {} of {}", request, e.toString(), attempt, settings.maxAttempts());
                pause(backoff(attempt), request);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TemporarilyUnavailableException(request + " was interrupted", e);
            }
            HttpResult result = new HttpResult(response.statusCode(), response.uri(), response.headers().map(),
                    response.body());
            LOG.debug("{} -> {} in {} ms", request, result.status(), (System.nanoTime() - started) / 1_000_000);
            if (request.isCallerHandled(result.status())) {
                // The caller named this status: it reads the body itself, so no retry and no rate-limit wait.
                return result;
            }

            Optional<Instant> limitedUntil = rateLimitedUntil(result);
            if (limitedUntil.isPresent()) {
                // Never retry sooner than the backoff, even when the server says 0: a busy loop helps nobody.
                Duration wait = max(nonNegative(Duration.between(clock.instant(), limitedUntil.get())),
                        backoff(attempt));
                if (wait.compareTo(settings.maxRateLimitWait()) > 0 || attempt >= settings.maxAttempts()) {
                    throw new RateLimitedException(request + " is rate limited until " + limitedUntil.get(),
                            limitedUntil.get());
                }
                LOG.info("{} is rate limited; waiting {} s", request, wait.toSeconds());
                pause(wait, request);
                continue;
            }
            if (RETRYABLE.contains(result.status())) {
                if (attempt >= settings.maxAttempts()) {
                    throw new TemporarilyUnavailableException(
                            request + " answered " + result.status() + " after " + attempt + " attempts");
                }
                pause(backoff(attempt), request);
                continue;
            }
            return result;
        }
    }

    /**
     * When a response says the rate limit is spent, until when. A 403 or 429 with {@code x-ratelimit-remaining: 0}
     * waits for {@code x-ratelimit-reset} (epoch seconds); a 429, or a 403 with {@code Retry-After} (GitHub's secondary
     * limit), waits as {@code Retry-After} says. A 503 with {@code Retry-After} is treated the same way.
     */
    private Optional<Instant> rateLimitedUntil(HttpResult result) {
        int status = result.status();
        if (status != 403 && status != 429 && status != 503) {
            return Optional.empty();
        }
        Optional<Instant> retryAfter = result.header("Retry-After").flatMap(this::parseRetryAfter);
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        boolean spent = result.header("x-ratelimit-remaining").map(String::strip).filter("0"::equals).isPresent();
        if (spent && status != 503) {
            Optional<Instant> reset = result.header("x-ratelimit-reset").flatMap(StandardSourceHttpClient::epochSeconds);
            return Optional.of(reset.orElse(clock.instant().plus(settings.maxRateLimitWait())));
        }
        return Optional.empty();
    }

    private Optional<Instant> parseRetryAfter(String value) {
        String trimmed = value.strip();
        try {
            return Optional.of(clock.instant().plusSeconds(Long.parseLong(trimmed)));
        } catch (NumberFormatException notSeconds) {
            try {
                return Optional.of(ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Optional<Instant> epochSeconds(String value) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Duration backoff(int attempt) {
        return settings.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }

    private void pause(Duration wait, HttpRequestSpec request) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemporarilyUnavailableException(request + " was interrupted while waiting to retry", e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private HttpRequest toJdkRequest(HttpRequestSpec spec) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(spec.uri())
                .timeout(spec.timeout().orElse(settings.requestTimeout()))
                .method(spec.method(), spec.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(spec.body()));
        spec.headers().forEach(builder::header);
        if (!spec.headers().keySet().stream().anyMatch("User-Agent"::equalsIgnoreCase)) {
            builder.header("User-Agent", "partners-platform");
        }
        return builder.build();
    }
}
