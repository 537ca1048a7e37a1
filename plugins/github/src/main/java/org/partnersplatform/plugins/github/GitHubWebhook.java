package org.partnersplatform.plugins.github;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.InboundRequest;
import org.slf4j.Logger;

/**
 * A webhook delivery: authenticated by {@code X-Hub-Signature-256} (HMAC-SHA256 of the raw body with the webhook
 * secret, compared in constant time), then turned into the same records a sync would produce. Events this source does
 * not count (ping, pushes, opened pull requests) carry nothing and are not errors.
 */
final class GitHubWebhook {

    static final String SIGNATURE_HEADER = "X-Hub-Signature-256";
    static final String EVENT_HEADER = "X-GitHub-Event";
    private static final String SIGNATURE_PREFIX = "sha256=";

    private GitHubWebhook() {
    }

    /**
     * The records a delivery carries.
     *
     * @throws RequestRejectedException when no secret is set or the signature is missing or wrong
     * @throws MalformedDataException when the authentic body is not a GitHub event
     */
    static List<ActivityRecord> receive(InboundRequest request, GitHubSourceConfig config, Logger log) {
        String secret = config.webhookSecret().orElseThrow(() -> new RequestRejectedException(
                "GitHub webhook deliveries are refused until the setting " + GitHubSourceConfig.WEBHOOK_SECRET
                        + " holds the secret entered on the webhook"));
        String signature = request.header(SIGNATURE_HEADER).orElseThrow(() -> new RequestRejectedException(
                "the delivery has no " + SIGNATURE_HEADER + " header: give the webhook a secret"));
        byte[] body = request.body();
        if (!MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new RequestRejectedException("the delivery's " + SIGNATURE_HEADER + " does not match its body: "
                    + "the webhook's secret differs from the setting " + GitHubSourceConfig.WEBHOOK_SECRET);
        }
        String event = request.header(EVENT_HEADER).orElse("");
        Map<String, Object> payload = Json.object(body, "the " + (event.isEmpty() ? "webhook" : event) + " delivery");
        String action = Json.text(payload, "action").orElse("");
        String repository = Json.object(payload, "repository").flatMap(r -> Json.text(r, "full_name")).orElse("");
        GitHubRecords.Batch batch = new GitHubRecords.Batch();
        switch (event) {
            case "pull_request" -> {
                Map<String, Object> pr = required(payload, "pull_request", event);
                if (action.equals("closed") && Json.bool(pr, "merged")) {
                    GitHubRecords.pullRequest(pr, repository, batch);
                }
            }
            case "pull_request_review" -> {
                if (action.equals("submitted")) {
                    GitHubRecords.review(required(payload, "review", event), required(payload, "pull_request", event),
                            repository, batch);
                }
            }
            case "release" -> {
                if (action.equals("published")) {
                    GitHubRecords.release(required(payload, "release", event), repository, batch);
                }
            }
            default -> log.debug("GitHub webhook: the {} event carries no counted activity", event);
        }
        batch.rejected().forEach(r -> log.warn("GitHub webhook: {} not recorded: {}", r.itemId(), r.reason()));
        return batch.items();
    }

    /** {@code sha256=} and the lower-case hex HMAC-SHA256 of {@code body} keyed by {@code secret}. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return SIGNATURE_PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static Map<String, Object> required(Map<String, Object> payload, String key, String event) {
        return Json.object(payload, key).orElseThrow(() -> new MalformedDataException(
                "the " + event + " delivery has no " + key + " object"));
    }
}
