package org.partnersplatform.api.notify;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.partnersplatform.api.Beta;

/**
 * One message for a notifier to deliver: plain data the core fills for an alert. Every value is checked here, so a
 * notifier can rely on it: ids and kinds are plain tokens, the title is one line, texts hold no control character but
 * line breaks and tabs, the link is an absolute http(s) URL.
 *
 * @param id a stable id, the same each time this notification is delivered (a notifier passes it where the channel
 *     deduplicates): 1 to 128 ASCII letters, digits, {@code .}, {@code _} or {@code -}, starting with a letter or
 *     digit
 * @param kind what happened, a snake_case key ({@code activity_drop}, {@code below_minimum}, {@code member_inactive},
 *     {@code member_returned}), at most 64 characters
 * @param title one line of 1 to {@value #MAX_TITLE} characters, without control characters
 * @param text the message as plain text, 1 to {@value #MAX_TEXT} characters
 * @param markdown the same message in Markdown, or {@code null}; a notifier that can render it prefers it to {@code
 *     text}
 * @param link where to read more (the alert in the admin inbox), an absolute http or https URL of at most {@value
 *     #MAX_LINK} characters, or {@code null}
 * @param occurredAt when what the notification reports happened
 * @param fields facts to show as a table (organization, month, change), name to value in the order given: at most
 *     {@value #MAX_FIELDS}, names of 1 to {@value #MAX_FIELD_NAME} characters, values of at most {@value
 *     #MAX_FIELD_VALUE}, both on one line
 */
@Beta
public record Notification(String id, String kind, String title, String text, String markdown, URI link,
                           Instant occurredAt, Map<String, String> fields) {

    /** The longest title, which is also the longest header a chat service shows whole. */
    public static final int MAX_TITLE = 150;
    /** The longest text or Markdown. */
    public static final int MAX_TEXT = 10_000;
    /** The longest link. */
    public static final int MAX_LINK = 2000;
    /** The most fields. */
    public static final int MAX_FIELDS = 20;
    /** The longest field name. */
    public static final int MAX_FIELD_NAME = 100;
    /** The longest field value. */
    public static final int MAX_FIELD_VALUE = 1000;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** @throws IllegalArgumentException naming the first value that breaks a rule above */
    public Notification {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a notification id is 1 to 128 letters, digits, '.', '_' or '-': " + id);
        }
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a notification kind is a snake_case key: " + kind);
        }
        requireLine("title", title, MAX_TITLE, false);
        requireText("text", text);
        if (markdown != null) {
            requireText("markdown", markdown);
        }
        if (link != null) {
            requireHttpUrl(link);
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        fields = checkedFields(fields == null ? Map.of() : fields);
    }

    /** Starts a notification of that id and kind; title, text and occurredAt must be set before {@code build()}. */
    public static Builder builder(String id, String kind) {
        return new Builder(id, kind);
    }

    private static void requireLine(String what, String value, int max, boolean blankAllowed) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() && !blankAllowed) {
            throw new IllegalArgumentException("a notification's " + what + " is not blank");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException("a notification's " + what + " is at most " + max
                    + " characters, not " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a notification's " + what + " is one line without control characters");
        }
    }

    private static void requireText(String what, String value) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException("a notification's " + what + " is not blank");
        }
        if (value.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a notification's " + what + " is at most " + MAX_TEXT
                    + " characters, not " + value.length());
        }
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("a notification's " + what
                    + " has no control characters but line breaks and tabs");
        }
    }

    private static void requireHttpUrl(URI link) {
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (!link.isAbsolute() || link.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
            throw new IllegalArgumentException("a notification's link is an absolute http or https URL: " + link);
        }
        if (link.toString().length() > MAX_LINK) {
            throw new IllegalArgumentException("a notification's link is at most " + MAX_LINK + " characters");
        }
    }

    private static Map<String, String> checkedFields(Map<String, String> fields) {
        if (fields.size() > MAX_FIELDS) {
            throw new IllegalArgumentException("a notification has at most " + MAX_FIELDS + " fields, not "
                    + fields.size());
        }
        Map<String, String> copy = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            requireLine("field name", name, MAX_FIELD_NAME, false);
            requireLine("value of the field " + name, value, MAX_FIELD_VALUE, true);
            copy.put(name, value);
        });
        return Collections.unmodifiableMap(copy);
    }

    /** Builds a {@link Notification}; the checks are the record's. */
    public static final class Builder {
        private final String id;
        private final String kind;
        private String title;
        private String text;
        private String markdown;
        private URI link;
        private Instant occurredAt;
        private final Map<String, String> fields = new LinkedHashMap<>();

        private Builder(String id, String kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder text(String text) {
            this.text = text;
            return this;
        }

        public Builder markdown(String markdown) {
            this.markdown = markdown;
            return this;
        }

        public Builder link(URI link) {
            this.link = link;
            return this;
        }

        public Builder occurredAt(Instant occurredAt) {
            this.occurredAt = occurredAt;
            return this;
        }

        /** Adds a field after those already added; a name given again keeps its place and takes the new value. */
        public Builder field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        /** @throws IllegalArgumentException or NullPointerException when a value breaks a rule of the record */
        public Notification build() {
            return new Notification(id, kind, title, text, markdown, link, occurredAt, fields);
        }
    }
}
