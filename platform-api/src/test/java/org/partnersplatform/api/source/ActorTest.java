package org.partnersplatform.api.source;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ActorTest {

    @Test
    void actorWithoutIdUsernameOrEmailIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Actor(null, null, "Ada Lovelace", null, "https://example.org/ada", false));
    }

    @Test
    void blankIdentifiersCountAsMissing() {
        assertThrows(IllegalArgumentException.class, () -> new Actor(" ", "", "Ada", "\t", null, false));
    }

    @Test
    void anyOneIdentifierIsEnough() {
        assertDoesNotThrow(() -> new Actor("42", null, null, null, null, false));
        assertDoesNotThrow(() -> new Actor(null, "ada", null, null, null, false));
        assertDoesNotThrow(() -> new Actor(null, null, null, "ada@example.org", null, false));
    }

    @Test
    void byEmailKeepsNameAndEmail() {
        Actor actor = Actor.byEmail("Ada", "ada@example.org");

        assertEquals(new Actor(null, null, "Ada", "ada@example.org", null, false), actor);
    }
}
