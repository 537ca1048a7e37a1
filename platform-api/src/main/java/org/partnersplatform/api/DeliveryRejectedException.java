package org.partnersplatform.api;

/**
 * A notifier's channel refused one notification for good: the mail server rejected the message (a 5xx reply to its
 * content), the chat service answered that the payload is invalid. Sending the same notification again with the same
 * settings would fail the same way, so the core does not retry it. A refusal that settings can fix (an address, a
 * credential, a webhook that no longer exists) is an {@link InvalidConfigurationException} instead; one that may pass
 * is a {@link TemporarilyUnavailableException} or a {@link RateLimitedException}.
 *
 * @since 1.2.0
 */
public final class DeliveryRejectedException extends SourceException {

    public DeliveryRejectedException(String message, Throwable cause) {
        super(message, cause);
    }

    public DeliveryRejectedException(String message) {
        super(message, null);
    }
}
