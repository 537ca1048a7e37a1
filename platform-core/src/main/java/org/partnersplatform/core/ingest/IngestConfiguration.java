package org.partnersplatform.core.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How sync runs behave. ({@code partners.ingest.schedule-poll}, how often the scheduler looks for installations
 * due to sync, is read by the scheduler itself; {@code partners.ingest.call-timeout} by {@code PluginCalls}.)
 *
 * @param workers how many runs execute at once on this node
 * @param maxPageAttempts how many times a page that failed temporarily is read in all
 * @param initialBackoff the wait before reading such a page again; it doubles each time
 * @param maxRateLimitWait the longest rate limit a run waits out; a longer one reschedules the run
 * @param http the HTTP client plugins receive
 */
@ConfigurationProperties("partners.ingest")
public record IngestConfiguration(@Bindable(defaultValue = "2") int workers,
                                  @Bindable(defaultValue = "4") int maxPageAttempts,
                                  @Bindable(defaultValue = "2s") Duration initialBackoff,
                                  @Bindable(defaultValue = "2m") Duration maxRateLimitWait,
                                  @Bindable(defaultValue = "") Http http) {

    /**
     * The plugins' HTTP client.
     *
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for a response
     * @param maxAttempts how many times a retryable request is sent in all
     * @param initialBackoff the first wait between attempts
     * @param maxRateLimitWait the longest rate-limit wait the client sits out before handing it to the run
     */
    @ConfigurationProperties("http")
    public record Http(@Bindable(defaultValue = "10s") Duration connectTimeout,
                       @Bindable(defaultValue = "60s") Duration requestTimeout,
                       @Bindable(defaultValue = "4") int maxAttempts,
                       @Bindable(defaultValue = "1s") Duration initialBackoff,
                       @Bindable(defaultValue = "60s") Duration maxRateLimitWait) {
    }
}
