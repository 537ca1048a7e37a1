package org.partnersplatform.plugins.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.testkit.TestSourceContext;

/** Webhook deliveries built from the recorded pull request, review and release, signed in the test. */
class GitHubWebhookTest {

    private static final String SECRET = "It's a Secret to Everybody";

    private final GitHubSource source = new GitHubSource();
    private final TestSourceContext context = TestSourceContext.create();

    @Test
    void aMergedPullRequestDeliveryYieldsTheSameRecordAsASync() {
        List<ActivityRecord> records = receive("pull_request", fixture("webhook_pull_request_closed.json"));

        assertEquals(1, records.size());
        ActivityRecord pr = records.get(0);
        assertEquals("pr-103219362", pr.itemId(), "the id the pull path gives #671");
        assertEquals("pull_request_merged", pr.type());
        assertEquals(Instant.parse("2017-01-27T22:24:35Z"), pr.occurredAt());
        assertEquals("523287", pr.actor().sourceUserId());
        assertEquals("sigmavirus24/github3.py", pr.attributes().get("repository"));
    }

    @Test
    void aSubmittedReviewDeliveryYieldsTheReviewRecord() {
        List<ActivityRecord> records = receive("pull_request_review",
                fixture("webhook_pull_request_review_submitted.json"));

        assertEquals(List.of("review-18663174 review_commented sigmavirus24 2017-01-26T16:35:28Z"), records.stream()
                .map(r -> r.itemId() + " " + r.type() + " " + r.actor().username() + " " + r.occurredAt()).toList());
    }

    @Test
    void aPublishedReleaseDeliveryYieldsTheReleaseRecord() {
        List<ActivityRecord> records = receive("release", fixture("webhook_release_published.json"));

        assertEquals(List.of("release-742079"), records.stream().map(ActivityRecord::itemId).toList());
    }

    @Test
    void aClosedButUnmergedPullRequestYieldsNothing() {
        String body = fixture("webhook_pull_request_closed.json").replace("\"merged\": true", "\"merged\": false");

        assertEquals(List.of(), receive("pull_request", body));
    }

    @Test
    void aPingYieldsNothingAndIsNotAnError() {
        assertEquals(List.of(), receive("ping", "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}"));
    }

    @Test
    void aWrongSignatureIsRejected() {
        byte[] body = fixture("webhook_release_published.json").getBytes(StandardCharsets.UTF_8);
        InboundRequest request = request("release", body, GitHubWebhook.sign("another secret", body));

        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> source.receive(request, config(Map.of("webhookSecret", SECRET)), context));

        assertEquals("the delivery's X-Hub-Signature-256 does not match its body: the webhook's secret differs from "
                + "the setting webhookSecret", e.getMessage());
    }

    @Test
    void aDeliveryWithoutSignatureIsRejected() {
        InboundRequest request = new InboundRequest(Map.of("X-GitHub-Event", List.of("release")),
                "{}".getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThrows(RequestRejectedException.class,
                () -> source.receive(request, config(Map.of("webhookSecret", SECRET)), context));
    }

    @Test
    void withoutAWebhookSecretEveryDeliveryIsRefusedSayingToSetIt() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        InboundRequest request = request("ping", body, GitHubWebhook.sign(SECRET, body));

        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> source.receive(request, config(Map.of()), context));

        assertEquals("GitHub webhook deliveries are refused until the setting webhookSecret holds the secret entered "
                + "on the webhook", e.getMessage());
    }

    @Test
    void anAuthenticButUnparsableBodyIsMalformed() {
        assertThrows(MalformedDataException.class, () -> receive("pull_request", "{\"action\": "));
    }

    @Test
    void theSignatureIsGitHubsDocumentedExample() {
        assertEquals("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                GitHubWebhook.sign(SECRET, "Hello, World!".getBytes(StandardCharsets.UTF_8)));
    }

    private List<ActivityRecord> receive(String event, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return source.receive(request(event, bytes, GitHubWebhook.sign(SECRET, bytes)),
                config(Map.of("webhookSecret", SECRET)), context);
    }

    private static InboundRequest request(String event, byte[] body, String signature) {
        return new InboundRequest(Map.of("X-GitHub-Event", List.of(event), "X-Hub-Signature-256", List.of(signature),
                "Content-Type", List.of("application/json")), body, Optional.empty());
    }

    private static SourceConfig config(Map<String, String> more) {
        Map<String, String> raw = new java.util.HashMap<>(Map.of("token", "t", "repositories", GitHubReplay.GITHUB3));
        raw.putAll(more);
        return GitHubSourceConfig.SCHEMA.validate(raw);
    }

    private static String fixture(String name) {
        try (InputStream in = GitHubWebhookTest.class.getClassLoader()
                .getResourceAsStream(GitHubReplay.FIXTURES + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
