package org.partnersplatform.plugins.opencollective;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.plugins.json.Json;

/**
 * A position in the collective's contributions, oldest first: the greatest {@code createdAt} read and the ids of the
 * transactions read at exactly that instant, so that several contributions at the same instant are neither lost nor
 * read twice. Encoded as JSON, e.g. {@code {"v":1,"since":"2024-03-01T10:00:00Z","seen":["xk..."]}}.
 *
 * @param since the greatest creation time read, or empty before the first transaction
 * @param seen the ids of the transactions read whose creation time is exactly {@code since}
 */
record OpenCollectiveCheckpoint(Optional<Instant> since, SortedSet<String> seen) {

    private static final int VERSION = 1;

    /** The position before the first contribution. */
    static final OpenCollectiveCheckpoint START = new OpenCollectiveCheckpoint(Optional.empty(), new TreeSet<>());

    OpenCollectiveCheckpoint {
        seen = new TreeSet<>(seen);
    }

    /** This position moved past a transaction created at {@code createdAt} with id {@code id}. */
    OpenCollectiveCheckpoint after(Instant createdAt, String id) {
        if (since.isPresent() && createdAt.equals(since.get())) {
            SortedSet<String> more = new TreeSet<>(seen);
            more.add(id);
            return new OpenCollectiveCheckpoint(since, more);
        }
        if (since.isPresent() && createdAt.isBefore(since.get())) {
            return this;
        }
        return new OpenCollectiveCheckpoint(Optional.of(createdAt), new TreeSet<>(List.of(id)));
    }

    /** Whether the transaction was read before this position. */
    boolean covers(Instant createdAt, String id) {
        return since.isPresent() && (createdAt.isBefore(since.get())
                || createdAt.equals(since.get()) && seen.contains(id));
    }

    Checkpoint encode() {
        if (since.isEmpty()) {
            return Checkpoint.START;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        json.put("since", since.get().toString());
        json.put("seen", List.copyOf(seen));
        return Checkpoint.of(Json.write(json));
    }

    /**
     * The position a checkpoint of this plugin encodes.
     *
     * @throws MalformedDataException when the token is not one this plugin wrote
     */
    static OpenCollectiveCheckpoint decode(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return START;
        }
        Map<String, Object> json = Json.object(checkpoint.token().getBytes(StandardCharsets.UTF_8),
                "the checkpoint");
        if (!Integer.valueOf(VERSION).equals(json.get("v"))) {
            throw new MalformedDataException("the checkpoint was not written by this version of the Open Collective "
                    + "plugin: " + checkpoint.token());
        }
        try {
            Instant since = Instant.parse(Json.requiredText(json, "since", "the checkpoint"));
            Object seen = json.get("seen");
            if (!(seen instanceof List<?> ids)) {
                throw new MalformedDataException("the checkpoint has no list of seen ids: " + checkpoint.token());
            }
            SortedSet<String> set = new TreeSet<>();
            ids.forEach(id -> set.add(String.valueOf(id)));
            return new OpenCollectiveCheckpoint(Optional.of(since), set);
        } catch (DateTimeParseException e) {
            throw new MalformedDataException("the checkpoint's since is not an instant: " + checkpoint.token(), e);
        }
    }
}
