package org.partnersplatform.api.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ActivityTypeTest {

    @Test
    void snakeCaseKeyIsAccepted() {
        ActivityType type = ActivityType.of("pull_request_merged", "Pull request merged", ActivityKind.CONTRIBUTION, "2.5");

        assertEquals(new BigDecimal("2.5"), type.defaultWeight());
        assertFalse(type.requiresConfirmation());
    }

    @Test
    void keyThatIsNotSnakeCaseIsRefused() {
        for (String bad : new String[] {"PullRequest", "pull-request", "1commit", "", "_merged", "pull request"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> ActivityType.of(bad, "x", ActivityKind.CONTRIBUTION, "1"), bad);
        }
    }

    @Test
    void keyLongerThan64CharactersIsRefused() {
        String longKey = "a".repeat(65);

        assertThrows(IllegalArgumentException.class,
                () -> ActivityType.of(longKey, "x", ActivityKind.CONTRIBUTION, "1"));
    }

    @Test
    void negativeWeightIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ActivityType.of("commit", "Commit", ActivityKind.CONTRIBUTION, "-0.1"));
    }

    @Test
    void zeroWeightIsAccepted() {
        assertEquals(0, ActivityType.of("comment", "Comment", ActivityKind.CONVERSATION, "0")
                .defaultWeight().signum());
    }
}
