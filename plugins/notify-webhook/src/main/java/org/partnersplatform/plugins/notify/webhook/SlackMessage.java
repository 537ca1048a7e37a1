package org.partnersplatform.plugins.notify.webhook;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.notify.Notification;

/**
 * A notification as an incoming-webhook message in Slack's format: a {@code text} that carries the whole message
 * (Slack shows it in notifications; Mattermost and Rocket.Chat, which ignore blocks, show it in the channel) and Block
 * Kit {@code blocks}: a header with the title, a section with the Markdown (or else the text) as mrkdwn, sections of
 * the fields in two columns, and a section with the link. Lengths are kept within Block Kit's limits.
 */
final class SlackMessage {

    /** Block Kit's limit on a section's text. */
    static final int MAX_SECTION_TEXT = 3000;
    /** Block Kit's limit on the fields of one section. */
    private static final int MAX_FIELDS_PER_SECTION = 10;
    /** What the link reads as. */
    private static final String LINK_LABEL = "Open in the Partners Platform";

    private SlackMessage() {
    }

    /** The JSON body to post. */
    static String json(Notification notification) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", fallbackText(notification));
        message.put("blocks", blocks(notification));
        try {
            return JSON.std.asString(message);
        } catch (IOException e) {
            throw new UncheckedIOException("maps and strings always serialize", e);
        }
    }

    private static String fallbackText(Notification notification) {
        StringBuilder text = new StringBuilder(SlackMrkdwn.escape(notification.title())).append('\n')
                .append(SlackMrkdwn.escape(notification.text().strip()));
        if (notification.link() != null) {
            text.append('\n').append(SlackMrkdwn.escape(notification.link().toString()));
        }
        return text.toString();
    }

    private static List<Object> blocks(Notification notification) {
        List<Object> blocks = new ArrayList<>();
        blocks.add(ordered("type", "header", "text", text("plain_text", notification.title())));
        String body = notification.markdown() != null
                ? SlackMrkdwn.fromMarkdown(notification.markdown().strip())
                : SlackMrkdwn.escape(notification.text().strip());
        blocks.add(section(text("mrkdwn", truncated(body))));
        List<Object> fields = new ArrayList<>();
        notification.fields().forEach((name, value) -> fields.add(text("mrkdwn",
                "*" + SlackMrkdwn.escape(name) + "*\n" + SlackMrkdwn.escape(value))));
        for (int from = 0; from < fields.size(); from += MAX_FIELDS_PER_SECTION) {
            blocks.add(ordered("type", "section",
                    "fields", fields.subList(from, Math.min(from + MAX_FIELDS_PER_SECTION, fields.size()))));
        }
        if (notification.link() != null) {
            blocks.add(section(text("mrkdwn",
                    "<" + SlackMrkdwn.escape(notification.link().toString()) + "|" + LINK_LABEL + ">")));
        }
        return blocks;
    }

    private static Map<String, Object> section(Map<String, Object> text) {
        return ordered("type", "section", "text", text);
    }

    private static Map<String, Object> text(String type, String text) {
        return ordered("type", type, "text", text);
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    /** Cut at the limit, ending with an ellipsis, and never between the two halves of a surrogate pair. */
    private static String truncated(String text) {
        if (text.length() <= MAX_SECTION_TEXT) {
            return text;
        }
        int end = MAX_SECTION_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026";
    }
}
