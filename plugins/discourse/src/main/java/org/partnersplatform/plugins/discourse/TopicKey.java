package org.partnersplatform.plugins.discourse;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A topic's place in the sync order: its last bump, then its id to order topics bumped at the same instant. Discourse
 * moves a topic's {@code bumped_at} forward on every new post, so a topic that changed after a key is after it.
 *
 * @param bumpedAt the topic's {@code bumped_at}
 * @param topicId the topic's id
 */
record TopicKey(Instant bumpedAt, long topicId) implements Comparable<TopicKey> {

    private static final Comparator<TopicKey> ORDER =
            Comparator.comparing(TopicKey::bumpedAt).thenComparingLong(TopicKey::topicId);

    TopicKey {
        Objects.requireNonNull(bumpedAt, "bumpedAt");
    }

    @Override
    public int compareTo(TopicKey other) {
        return ORDER.compare(this, other);
    }

    /** The later of two keys. */
    TopicKey max(TopicKey other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
