package org.partnersplatform.plugins.githubsponsors;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.plugins.json.Json;

/**
 * A position in the walks over the account's sponsorships. A walk emits the payments dated after {@code through}
 * (the end of the previous walk) and at or before {@code now} (when this walk started); it pages through the
 * sponsorships with GitHub's cursor. A completed walk leaves only {@code through}, so the next run emits what fell due
 * since. Encoded as JSON, e.g. {@code {"v":1,"through":"2025-01-15T12:00:00Z"}}.
 *
 * @param through the end of the previous complete walk, or empty before the first
 * @param now the end of the walk under way, or empty between walks
 * @param after GitHub's cursor after the last page of sponsorships read in this walk, or empty at its start
 */
record GitHubSponsorsCheckpoint(Optional<Instant> through, Optional<Instant> now, Optional<String> after) {

    private static final int VERSION = 1;

    /** The position before the first walk. */
    static final GitHubSponsorsCheckpoint START =
            new GitHubSponsorsCheckpoint(Optional.empty(), Optional.empty(), Optional.empty());

    /** Whether a walk is under way. */
    boolean inWalk() {
        return now.isPresent();
    }

    /** The start of a walk up to {@code walkEnd}. */
    GitHubSponsorsCheckpoint startWalk(Instant walkEnd) {
        return new GitHubSponsorsCheckpoint(through, Optional.of(walkEnd), Optional.empty());
    }

    /** The walk continues after the page whose end cursor is {@code cursor}. */
    GitHubSponsorsCheckpoint after(String cursor) {
        return new GitHubSponsorsCheckpoint(through, now, Optional.of(cursor));
    }

    /** The walk is complete: the next one emits what falls due after its end. */
    GitHubSponsorsCheckpoint completed() {
        return new GitHubSponsorsCheckpoint(now, Optional.empty(), Optional.empty());
    }

    /** Whether a payment dated {@code paidAt} belongs to the walk under way. */
    boolean inWindow(Instant paidAt) {
        return through.map(paidAt::isAfter).orElse(true) && !paidAt.isAfter(now.orElseThrow());
    }

    Checkpoint encode() {
        if (through.isEmpty() && now.isEmpty()) {
            return Checkpoint.START;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("v", VERSION);
        through.ifPresent(t -> json.put("through", t.toString()));
        now.ifPresent(n -> json.put("now", n.toString()));
        after.ifPresent(a -> json.put("after", a));
        return Checkpoint.of(Json.write(json));
    }

    /**
     * The position a checkpoint of this plugin encodes.
     *
     * @throws MalformedDataException when the token is not one this plugin wrote
     */
    static GitHubSponsorsCheckpoint decode(Checkpoint checkpoint) {
        if (checkpoint.isStart()) {
            return START;
        }
        Map<String, Object> json = Json.object(checkpoint.token().getBytes(StandardCharsets.UTF_8), "the checkpoint");
        if (!Integer.valueOf(VERSION).equals(json.get("v"))) {
            throw new MalformedDataException("the checkpoint was not written by this version of the GitHub Sponsors "
                    + "plugin: " + checkpoint.token());
        }
        try {
            return new GitHubSponsorsCheckpoint(Json.text(json, "through").map(Instant::parse),
                    Json.text(json, "now").map(Instant::parse), Json.text(json, "after"));
        } catch (DateTimeParseException e) {
            throw new MalformedDataException("the checkpoint holds a date that is not an instant: "
                    + checkpoint.token(), e);
        }
    }
}
