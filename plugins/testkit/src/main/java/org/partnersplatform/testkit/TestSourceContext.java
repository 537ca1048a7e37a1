package org.partnersplatform.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.http.HttpClientSettings;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.SourceHttpClient;
import org.partnersplatform.api.http.StandardSourceHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link SourceContext} for tests: the real {@link StandardSourceHttpClient} (so retries and rate-limit handling are
 * those of production) whose waits are recorded instead of spent, a fixed clock and an slf4j logger. Thread-safe.
 *
 * <pre>{@code
 * TestSourceContext context = TestSourceContext.create();
 * ... run the source against a ReplayServer that first answers 429 with Retry-After: 5 ...
 * assertEquals(List.of(Duration.ofSeconds(5)), context.waits());
 * }</pre>
 */
public final class TestSourceContext implements SourceContext {

    /** The instant the default clock is fixed at. */
    public static final Instant DEFAULT_NOW = Instant.parse("2025-01-15T12:00:00Z");

    private final Clock clock;
    private final Logger logger;
    private final SourceHttpClient http;
    private final List<Duration> waits = new ArrayList<>();

    private TestSourceContext(Clock clock, HttpClientSettings settings, Logger logger) {
        this.clock = clock;
        this.logger = logger;
        this.http = new StandardSourceHttpClient(settings, clock, this::record);
    }

    /** A context with the clock fixed at {@link #DEFAULT_NOW} and the default client settings. */
    public static TestSourceContext create() {
        return builder().build();
    }

    /** A context with the clock fixed at {@code now} and the default client settings. */
    public static TestSourceContext at(Instant now) {
        return builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    /**
     * The same context, whose client first adds every request it is asked to send to {@code sent}: the request as the
     * plugin built it (headers, body, which values are secrets), before the client sends it.
     */
    public SourceContext recording(List<HttpRequestSpec> sent) {
        SourceHttpClient recorder = request -> {
            sent.add(request);
            return http.send(request);
        };
        TestSourceContext self = this;
        return new SourceContext() {
            @Override
            public SourceHttpClient http() {
                return recorder;
            }

            @Override
            public Clock clock() {
                return self.clock();
            }

            @Override
            public Logger logger() {
                return self.logger();
            }
        };
    }

    /** Starts a context whose clock, client settings and logger name can be chosen. */
    public static Builder builder() {
        return new Builder();
    }

    /** The production client; its waits are recorded in {@link #waits()}, not spent. */
    @Override
    public SourceHttpClient http() {
        return http;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    /** Every wait the client asked for (backoff and rate-limit waits), in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    /** The sum of {@link #waits()}. */
    public synchronized Duration totalWait() {
        return waits.stream().reduce(Duration.ZERO, Duration::plus);
    }

    private synchronized void record(Duration wait) {
        waits.add(wait);
    }

    /** Builds a {@link TestSourceContext}. */
    public static final class Builder {
        private Clock clock = Clock.fixed(DEFAULT_NOW, ZoneOffset.UTC);
        private HttpClientSettings settings = HttpClientSettings.DEFAULTS;
        private String loggerName = "org.partnersplatform.testkit.source";

        private Builder() {
        }

        /** The clock the source and the client read; fixed at {@link #DEFAULT_NOW} unless set. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The client's timeouts, attempts and longest rate-limit wait; {@link HttpClientSettings#DEFAULTS} unless set. */
        public Builder settings(HttpClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The name of the logger handed to the source. */
        public Builder loggerName(String loggerName) {
            this.loggerName = Objects.requireNonNull(loggerName, "loggerName");
            return this;
        }

        /** The context. */
        public TestSourceContext build() {
            return new TestSourceContext(clock, settings, LoggerFactory.getLogger(loggerName));
        }
    }
}
