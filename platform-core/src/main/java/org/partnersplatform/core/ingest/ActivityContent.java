package org.partnersplatform.core.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;

/** A fingerprint of everything a record says, so that an edited item is told from an unchanged one. */
final class ActivityContent {

    private ActivityContent() {
    }

    static String hash(ActivityRecord record) {
        StringBuilder text = new StringBuilder();
        Actor actor = record.actor();
        append(text, record.type(), record.occurredAt().toString(), record.url(), record.title(), record.evidence(),
                actor.sourceUserId(), actor.username(), actor.displayName(), actor.email(), actor.profileUrl(),
                Boolean.toString(actor.bot()));
        for (Map.Entry<String, String> attribute : new TreeMap<>(record.attributes()).entrySet()) {
            append(text, attribute.getKey(), attribute.getValue());
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void append(StringBuilder text, String... values) {
        for (String value : values) {
            text.append(value == null ? "\u0000" : value.length() + ":" + value).append('\u0001');
        }
    }
}
