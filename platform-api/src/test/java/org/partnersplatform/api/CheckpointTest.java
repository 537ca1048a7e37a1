package org.partnersplatform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CheckpointTest {

    @Test
    void tokenOfMaximumLengthIsAccepted() {
        assertEquals(Checkpoint.MAX_LENGTH, new Checkpoint("x".repeat(Checkpoint.MAX_LENGTH)).token().length());
    }

    @Test
    void tokenLongerThanTheMaximumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Checkpoint("x".repeat(Checkpoint.MAX_LENGTH + 1)));
    }

    @Test
    void emptyOrNullTokenIsTheStart() {
        assertSame(Checkpoint.START, Checkpoint.of(null));
        assertSame(Checkpoint.START, Checkpoint.of(""));
        assertTrue(Checkpoint.START.isStart());
        assertFalse(Checkpoint.of("page=2").isStart());
    }
}
