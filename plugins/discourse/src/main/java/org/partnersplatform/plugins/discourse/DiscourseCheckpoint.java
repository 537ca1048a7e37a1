package org.partnersplatform.plugins.discourse;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;

/**
 * What a Discourse checkpoint token holds: the key of the last topic read (every topic at or before it, in {@link
 * TopicKey} order, has been read) and whether the run that wrote it had finished. A finished run's token lets the
 * next run look back for solutions accepted without a bump; an unfinished one is resumed exactly.
 *
 * <p>Token: {@code v1;<done|partial>;<bumped_at as ISO-8601>;<topic id>}, for example {@code
 * v1;partial;2017-08-08T20:12:04.657Z;23}.
 *
 * @param last the key of the last topic read, empty before the first
 * @param done whether the run that wrote it had read every changed topic
 */
record DiscourseCheckpoint(Optional<TopicKey> last, boolean done) {

    private static final String VERSION = "v1";
    private static final String DONE = "done";
    private static final String PARTIAL = "partial";

    /** Reads a token this source wrote. */
    static DiscourseCheckpoint parse(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return new DiscourseCheckpoint(Optional.empty(), false);
        }
        String[] parts = checkpoint.token().split(";", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)
                || !(parts[1].equals(DONE) || parts[1].equals(PARTIAL))) {
            throw unreadable(checkpoint, null);
        }
        try {
            TopicKey key = new TopicKey(Instant.parse(parts[2]), Long.parseLong(parts[3]));
            return new DiscourseCheckpoint(Optional.of(key), parts[1].equals(DONE));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw unreadable(checkpoint, e);
        }
    }

    /** The token of a run that has read up to {@code last} and may have more to read. */
    static Checkpoint partial(TopicKey last) {
        return token(PARTIAL, last);
    }

    /** The token of a run that has read every changed topic, the newest being {@code last}. */
    static Checkpoint done(TopicKey last) {
        return token(DONE, last);
    }

    private static Checkpoint token(String state, TopicKey key) {
        return Checkpoint.of(String.join(";", VERSION, state, key.bumpedAt().toString(),
                Long.toString(key.topicId())));
    }

    private static MalformedDataException unreadable(Checkpoint checkpoint, Exception cause) {
        return new MalformedDataException("the Discourse checkpoint '" + checkpoint.token() + "' is not one this "
                + "plugin wrote (expected v1;done|partial;<bumped_at>;<topic id>); reset the installation's "
                + "checkpoint to read the forum again", cause);
    }
}
