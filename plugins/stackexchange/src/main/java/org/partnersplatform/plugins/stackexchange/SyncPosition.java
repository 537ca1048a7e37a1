package org.partnersplatform.plugins.stackexchange;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;

/**
 * What a checkpoint token holds: for each tag, the high-water {@code last_activity_date} of the questions read so far
 * and the ids of the questions read at exactly that second; and the tag a run is reading, when it stopped inside one.
 *
 * <p>Why both: questions are read by activity, oldest first, with the API's inclusive {@code min} set to the
 * high-water mark, so every question active since is read again from its place in that order. Several questions can
 * share the last second; the ids tell which of them a committed page already held, so a resumed run skips exactly
 * those (no duplicates) and reads the others (no holes). A question active again later has a later date and is read
 * again, which is what an incremental sync wants. The token is JSON: {@code {"v":1,"current":"php","tags":{"mautic":
 * {"since":1712206966,"seen":[10468128]}}}}.
 */
final class SyncPosition {

    static final SyncPosition START = new SyncPosition(Optional.empty(), Map.of());

    private static final int VERSION = 1;

    /**
     * How far one tag has been read.
     *
     * @param since the high-water {@code last_activity_date} in epoch seconds, or -1 before the first question
     * @param seen the ids of the questions read whose activity is exactly {@code since}
     */
    record TagState(long since, SortedSet<Long> seen) {

        static final TagState NONE = new TagState(-1, new TreeSet<>());

        TagState {
            seen = new TreeSet<>(seen);
        }

        /** Whether a question with this id and activity date was read already at the high-water second. */
        boolean alreadyRead(long questionId, long activity) {
            return activity == since && seen.contains(questionId);
        }

        /** The state after reading questions of these (id, activity) pairs, all at or after {@code since}. */
        TagState after(Map<Long, Long> activityById) {
            long high = since;
            for (long activity : activityById.values()) {
                high = Math.max(high, activity);
            }
            SortedSet<Long> atHigh = new TreeSet<>(high == since ? seen : new TreeSet<>());
            long mark = high;
            activityById.forEach((id, activity) -> {
                if (activity == mark) {
                    atHigh.add(id);
                }
            });
            return new TagState(high, atHigh);
        }
    }

    private final Optional<String> current;
    private final Map<String, TagState> tags;

    private SyncPosition(Optional<String> current, Map<String, TagState> tags) {
        this.current = current;
        this.tags = Map.copyOf(tags);
    }

    /**
     * The position a checkpoint stands for.
     *
     * @throws MalformedDataException when the token is not one this plugin wrote
     */
    static SyncPosition parse(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return START;
        }
        try {
            Map<String, Object> json = JSON.std.mapFrom(checkpoint.token());
            if (Json.longField(json, "v").orElse(-1L) != VERSION
                    || !(json.get("tags") instanceof Map<?, ?> tagsJson)) {
                throw malformed(checkpoint, null);
            }
            Map<String, TagState> tags = new TreeMap<>();
            for (Map.Entry<?, ?> entry : tagsJson.entrySet()) {
                if (!(entry.getValue() instanceof Map<?, ?> state)
                        || !(state.get("seen") instanceof Collection<?> seenJson)) {
                    throw malformed(checkpoint, null);
                }
                long since = Json.longValue(state.get("since")).orElseThrow(() -> malformed(checkpoint, null));
                SortedSet<Long> seen = new TreeSet<>();
                for (Object id : seenJson) {
                    seen.add(Json.longValue(id).orElseThrow(() -> malformed(checkpoint, null)));
                }
                tags.put(String.valueOf(entry.getKey()), new TagState(since, seen));
            }
            return new SyncPosition(Json.stringField(json, "current"), tags);
        } catch (IOException e) {
            throw malformed(checkpoint, e);
        }
    }

    /** The tag a run stopped inside, if it did. */
    Optional<String> current() {
        return current;
    }

    /** How far that tag has been read. */
    TagState tag(String tag) {
        return tags.getOrDefault(tag, TagState.NONE);
    }

    /** This position with the tag's state replaced and the tag to read next set (empty: the run is complete). */
    SyncPosition with(String tag, TagState state, Optional<String> next) {
        Map<String, TagState> copy = new TreeMap<>(tags);
        copy.put(tag, state);
        return new SyncPosition(next, copy);
    }

    /** The checkpoint token of this position. */
    Checkpoint toCheckpoint() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        current.ifPresent(tag -> json.put("current", tag));
        Map<String, Object> tagsJson = new TreeMap<>();
        tags.forEach((tag, state) -> {
            Map<String, Object> stateJson = new LinkedHashMap<>();
            stateJson.put("since", state.since());
            stateJson.put("seen", List.copyOf(state.seen()));
            tagsJson.put(tag, stateJson);
        });
        json.put("tags", tagsJson);
        try {
            return Checkpoint.of(JSON.std.asString(json));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a checkpoint token", e);
        }
    }

    private static MalformedDataException malformed(Checkpoint checkpoint, Throwable cause) {
        return new MalformedDataException("the Stack Exchange checkpoint is not one this plugin wrote: "
                + checkpoint.token(), cause);
    }
}
