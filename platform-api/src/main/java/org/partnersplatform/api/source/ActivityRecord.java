package org.partnersplatform.api.source;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One activity as a source reports it. The core stores it unique by (installation, {@code itemId}): the same id
 * emitted again updates the stored activity in place, so the id must be stable across runs and unique within the
 * installation (a commit's hash, "pr-1234", a post's id).
 *
 * @param itemId the source's own stable id of the item, at most 255 characters
 * @param type the key of a declared {@link ActivityType}
 * @param occurredAt when it happened (merged, answered, committed)
 * @param actor who did it
 * @param url where people can see it, or {@code null}
 * @param title a short description, or {@code null}
 * @param attributes a few string facts for scoring rules (files changed, labels), at most 20
 * @param evidence text an administrator judges by when the type requires confirmation, or {@code null}
 */
public record ActivityRecord(String itemId, String type, Instant occurredAt, Actor actor, String url, String title,
                             Map<String, String> attributes, String evidence) {

    public ActivityRecord {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
