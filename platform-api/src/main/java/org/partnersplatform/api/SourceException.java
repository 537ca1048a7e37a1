package org.partnersplatform.api;

/**
 * The base of the failures a source or a notifier reports. Each subtype tells the core what to do: {@link
 * InvalidConfigurationException} is not retried, {@link RateLimitedException} waits or reschedules, {@link
 * TemporarilyUnavailableException} is retried with backoff, {@link MalformedDataException} rejects what was sent,
 * {@link DeliveryRejectedException} (since 1.2.0) gives up on one notification. Messages name the source or notifier,
 * the item or the setting, and what to do; never a secret.
 */
public abstract sealed class SourceException extends RuntimeException
        permits InvalidConfigurationException, RateLimitedException, TemporarilyUnavailableException,
        MalformedDataException, RequestRejectedException, DeliveryRejectedException {

    protected SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
