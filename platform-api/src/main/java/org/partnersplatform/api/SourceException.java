package org.partnersplatform.api;

/**
 * The base of the failures a source reports. Each subtype tells the core what to do: {@link
 * InvalidConfigurationException} is not retried, {@link RateLimitedException} waits or reschedules, {@link
 * TemporarilyUnavailableException} is retried with backoff, {@link MalformedDataException} rejects what was sent.
 * Messages name the source, the item or the setting, and what to do.
 */
public abstract sealed class SourceException extends RuntimeException
        permits InvalidConfigurationException, RateLimitedException, TemporarilyUnavailableException,
        MalformedDataException, RequestRejectedException {

    protected SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
