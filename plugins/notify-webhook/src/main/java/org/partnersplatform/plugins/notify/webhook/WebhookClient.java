package org.partnersplatform.plugins.notify.webhook;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;

/**
 * Knows only the incoming webhook's HTTP: one JSON POST, and what the answer means. The URL is the credential, so the
 * request marks it secret (the core's client logs and reports it as {@code https://host/***}) and no message here
 * contains it. Retries of 429 and 5xx and rate-limit waits are the core client's: its {@code RateLimitedException} and
 * {@code TemporarilyUnavailableException} pass through unchanged.
 */
final class WebhookClient {

    /** Statuses that say the webhook itself is wrong: unknown, revoked, its channel archived or the method refused. */
    private static final Set<Integer> WEBHOOK_REFUSED = Set.of(401, 403, 404, 405, 410);
    /** Slack answers an error with a short snake_case code ({@code invalid_payload}, {@code no_service}). */
    private static final Pattern ERROR_CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private final SourceHttpClient http;
    private final URI url;

    WebhookClient(SourceHttpClient http, URI url) {
        this.http = http;
        this.url = url;
    }

    /** Posts the message; returns once the service answered 2xx. */
    void post(String json) {
        HttpResult result = http.send(HttpRequestSpec.post(url).secretUri().jsonBody(json).build());
        if (result.isSuccess()) {
            return;
        }
        String answer = "HTTP " + result.status() + errorCode(result);
        if (WEBHOOK_REFUSED.contains(result.status())) {
            throw new InvalidConfigurationException(new ConfigProblem(WebhookNotifier.WEBHOOK_URL,
                    "is refused by the chat service (" + answer + "): the webhook was removed, disabled or its channel "
                            + "archived; create a new incoming webhook and enter its URL"));
        }
        throw new DeliveryRejectedException("the chat service refused the message (" + answer + ")");
    }

    /**
     * The service's error code when the body is one, else nothing: another body (an HTML error page) might quote the
     * URL, which must never reach a message.
     */
    private static String errorCode(HttpResult result) {
        String body = result.bodyAsString().strip();
        return ERROR_CODE.matcher(body).matches() ? " " + body : "";
    }
}
