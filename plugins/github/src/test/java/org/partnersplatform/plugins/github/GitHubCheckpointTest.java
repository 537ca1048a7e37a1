package org.partnersplatform.plugins.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.plugins.github.GitHubCheckpoint.Stream;

/** The checkpoint token: what it keeps, what it refuses, and how it stays within the core's limit. */
class GitHubCheckpointTest {

    private static final Instant PASS = Instant.parse("2025-01-15T11:50:00Z");
    private static final Instant TIE = Instant.parse("2014-01-09T03:04:09Z");

    @Test
    void aPositionSurvivesItsToken() {
        GitHubCheckpoint position = GitHubCheckpoint.startOfPass(Optional.empty(), PASS)
                .at(1, "octokit/octokit.rb", Stream.PULLS)
                .after(TIE, "11198546")
                .after(TIE, "11316434")
                .withPage("/repositories/417862/pulls?state=closed&page=2");

        GitHubCheckpoint read = GitHubCheckpoint.parse(position.toCheckpoint());

        assertEquals(position, read);
        assertTrue(read.isRead(TIE, "11198546"));
        assertFalse(read.isRead(TIE, "1"), "another item at the same instant is not read yet");
        assertTrue(read.isRead(TIE.minusSeconds(1), "1"));
        assertFalse(read.isRead(TIE.plusSeconds(1), "11198546"), "an item updated since is read again");
    }

    @Test
    void aCompletedPassStartsTheNextOneAtItsOwnStart() {
        GitHubCheckpoint done = GitHubCheckpoint.startOfPass(Optional.empty(), PASS)
                .at(0, "octokit/octokit.rb", Stream.RELEASES).completed();

        GitHubCheckpoint read = GitHubCheckpoint.parse(done.toCheckpoint());

        assertEquals("v=1&since=2025-01-15T11%3A50%3A00Z&pass=2025-01-15T11%3A50%3A00Z", done.toCheckpoint().token());
        assertTrue(read.isCompletedPass());
        assertEquals(Optional.of(PASS), read.since());
    }

    @Test
    void tooManyIdsAtOneInstantMoveTheMarkJustBeforeItRatherThanFail() {
        GitHubCheckpoint position = GitHubCheckpoint.startOfPass(Optional.empty(), PASS)
                .at(0, "octokit/octokit.rb", Stream.PULLS);
        for (int id = 0; id < 500; id++) {
            position = position.after(TIE, String.valueOf(1_000_000_000L + id));
        }

        GitHubCheckpoint read = GitHubCheckpoint.parse(position.toCheckpoint());

        assertEquals(Optional.of(TIE.minusNanos(1)), read.highWater());
        assertFalse(read.isRead(TIE, "1000000000"), "items at that instant are read again, none skipped");
    }

    @Test
    void aTokenThisPluginDidNotWriteIsMalformed() {
        assertThrows(MalformedDataException.class, () -> GitHubCheckpoint.parse(new Checkpoint("page=3")));
    }
}
