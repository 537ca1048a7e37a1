package org.partnersplatform.plugins.notify.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.notify.Notification;

/** The message stays within Block Kit's limits whatever the notification holds. */
class SlackMessageTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> blocks(Notification notification) {
        Map<String, Object> message = (Map<String, Object>) WebhookTestData.parsed(SlackMessage.json(notification));
        return (List<Map<String, Object>>) message.get("blocks");
    }

    private static Notification.Builder alert() {
        return Notification.builder("alert-44", "below_minimum").title("Globex is below the minimum")
                .text("Globex had no contribution in two of the last three months.")
                .occurredAt(Instant.parse("2025-03-01T06:00:00Z"));
    }

    @Test
    void aLongTextIsCutAtTheSectionLimitWithAnEllipsis() {
        Notification notification = alert().markdown("word ".repeat(1500)).build();

        @SuppressWarnings("unchecked")
        String text = (String) ((Map<String, Object>) blocks(notification).get(1).get("text")).get("text");

        assertEquals(SlackMessage.MAX_SECTION_TEXT, text.length());
        assertTrue(text.endsWith("\u2026"), text.substring(text.length() - 10));
    }

    @Test
    void twentyFieldsMakeTwoSectionsOfTen() {
        Notification.Builder builder = alert();
        for (int i = 1; i <= Notification.MAX_FIELDS; i++) {
            builder.field("Month " + i, Integer.toString(i));
        }

        List<Map<String, Object>> blocks = blocks(builder.build());

        assertEquals(4, blocks.size());
        assertEquals(10, ((List<?>) blocks.get(2).get("fields")).size());
        assertEquals(10, ((List<?>) blocks.get(3).get("fields")).size());
        assertEquals(Map.of("type", "mrkdwn", "text", "*Month 11*\n11"), ((List<?>) blocks.get(3).get("fields")).get(0));
    }
}
