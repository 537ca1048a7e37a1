package org.partnersplatform.plugins.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.Checkpoint;

/** The high-water minute with the keys read in it, and the fallback when a bulk change fills a minute. */
class JiraCheckpointTest {

    private static final Instant T = Instant.parse("2024-03-01T10:15:20.500Z");

    @Test
    void coversEarlierMinutesAndTheListedKeysOfItsMinuteOnly() {
        JiraCheckpoint position = JiraCheckpoint.START.after(new JiraCheckpoint.Read("MAUT-2", T));

        assertTrue(position.covers("MAUT-9", Instant.parse("2024-03-01T10:14:59Z")));
        assertTrue(position.covers("MAUT-2", T));
        assertFalse(position.covers("MAUT-1", Instant.parse("2024-03-01T10:15:01Z")),
                "an issue of the same minute not yet read is not covered, even if it sorts before");
        assertFalse(position.covers("MAUT-2", Instant.parse("2024-03-01T10:16:00Z")));
        assertEquals(position, JiraCheckpoint.parse(position.toCheckpoint()));
    }

    @Test
    void aMinuteWithMoreKeysThanATokenHoldsSwitchesToTheLastTimeAndKey() {
        JiraCheckpoint position = JiraCheckpoint.START;
        for (int i = 1; i <= 600; i++) {
            position = position.after(new JiraCheckpoint.Read("MAUT-" + i, T.plusMillis(i)));
        }

        assertEquals("2024-03-01T10:15:00Z|>2024-03-01T10:15:21.100Z MAUT-600", position.token());
        assertTrue(position.toCheckpoint().token().length() <= Checkpoint.MAX_LENGTH);
        assertTrue(position.covers("MAUT-600", T.plusMillis(600)));
        assertTrue(position.covers("MAUT-599", T.plusMillis(599)));
        assertFalse(position.covers("MAUT-601", T.plusMillis(600)), "same time, later key");
        assertFalse(position.covers("MAUT-1", T.plusMillis(700)));
        assertEquals(position, JiraCheckpoint.parse(position.toCheckpoint()));
    }

    @Test
    void keysOrderByProjectThenNumberWithinTheSameTime() {
        JiraCheckpoint position = new JiraCheckpoint(Instant.parse("2024-03-01T10:15:00Z"), java.util.Set.of(), T,
                "MAUT-10");

        assertTrue(position.covers("MAUT-9", T), "9 sorts before 10 as Jira sorts keys");
        assertTrue(position.covers("ABC-99", T));
        assertFalse(position.covers("MAUT-11", T));
    }
}
