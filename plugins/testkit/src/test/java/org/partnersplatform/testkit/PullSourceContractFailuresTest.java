package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.PullSource;

/** The contract's checks fail, saying what is wrong, on sources that break it. */
class PullSourceContractFailuresTest {

    private ReplayServer server;

    @BeforeEach
    void startServer() {
        server = ReplayServer.start();
        PostsFixture.register(server);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aCheckpointThatSkipsAnItemIsCaughtNamingTheCheckpointAndTheMissingId() {
        PullSourceContract contract = contractFor(new ListSource(ListSource.Flaw.CHECKPOINT_SKIPS_AN_ITEM));

        String message = failure(contract::resumingFromEveryCheckpointYieldsTheSameItemsWithoutDuplicatesOrHoles);

        assertContains(message, "resuming from checkpoint '3' (after page 1 of 4) never emits 1 id [note-2]");
        assertContains(message, "resuming from checkpoint '5' (after page 2 of 4) never emits 1 id [note-4]");
        assertContains(message, "resuming from checkpoint '7' (after page 3 of 4) never emits 1 id [note-6]");
    }

    @Test
    void aCheckpointThatReemitsAnItemIsCaughtAsADuplicate() {
        PullSourceContract contract = contractFor(new ListSource(ListSource.Flaw.REEMITS_LAST_ITEM_ON_RESUME));

        String message = failure(contract::resumingFromEveryCheckpointYieldsTheSameItemsWithoutDuplicatesOrHoles);

        assertContains(message, "resuming from checkpoint '1' (after page 1 of 4) emits again 1 id [note-1]");
        assertContains(message, "resuming from checkpoint '6' (after page 4 of 4) emits again 1 id [note-6]");
    }

    @Test
    void anUndeclaredTypeIsCaughtNamingTheItem() {
        PullSourceContract contract = contractFor(new ListSource(ListSource.Flaw.UNDECLARED_TYPE));

        String message = failure(contract::aFullRunEmitsValidItemsWithUniqueIds);

        assertContains(message, "item note-4 on page 3 has the undeclared type 'comment' (declared: [note])");
    }

    @Test
    void anIdEmittedTwiceInOneRunIsCaught() {
        PullSourceContract contract = contractFor(new ListSource(ListSource.Flaw.SAME_ID_TWICE));

        String message = failure(contract::aFullRunEmitsValidItemsWithUniqueIds);

        assertContains(message, "the id note-2 is emitted on page 2 and again on page 2 of the same run");
    }

    @Test
    void idsMadeUpPerRunAreCaught() {
        PullSourceContract contract = contractFor(new ListSource(ListSource.Flaw.NEW_IDS_EVERY_RUN));

        String message = failure(contract::aSecondFullRunYieldsTheSameIds);

        assertContains(message, "ids of the first run missing from the second: 7 ids [note-0-");
    }

    @Test
    void aSwallowedRateLimitIsCaught() {
        PullSourceContract contract = contractFor(new PagedHttpSource(PagedHttpSource.Flaw.SWALLOWS_RATE_LIMIT));

        String message = failure(
                contract::aRateLimitPropagatesUnchangedAndALaterRunFromTheSameCheckpointYieldsEverything);

        assertContains(message, "the run ended normally with 0 items: the source swallowed the rate limit");
    }

    @Test
    void aWrappedRateLimitIsCaught() {
        PullSourceContract contract = contractFor(new PagedHttpSource(PagedHttpSource.Flaw.WRAPS_RATE_LIMIT));

        String message = failure(
                contract::aRateLimitPropagatesUnchangedAndALaterRunFromTheSameCheckpointYieldsEverything);

        assertContains(message, "but fetch threw org.partnersplatform.api.TemporarilyUnavailableException: "
                + "the forum is busy");
    }

    @Test
    void theRateLimitCheckIsSkippedForASourceThatSendsNoRequest() {
        PullSourceContract contract = contractFor(new ListSource());

        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                contract::aRateLimitPropagatesUnchangedAndALaterRunFromTheSameCheckpointYieldsEverything);

        assertContains(skipped.getMessage(), "the source sent no HTTP request");
    }

    @Test
    void aCorrectSourceAfterARateLimitSendsTheTokenAndResumesFromTheStart() {
        PullSourceContract contract = contractFor(new PagedHttpSource(PagedHttpSource.Flaw.NONE));

        contract.aRateLimitPropagatesUnchangedAndALaterRunFromTheSameCheckpointYieldsEverything();

        assertTrue(server.requests().stream()
                        .allMatch(r -> r.header("Authorization").equals(Optional.of("Bearer "
                                + PostsFixture.TOKEN))),
                "every request carries the token: " + server.requests());
        assertEquals("page=1", server.requests().get(0).query(), "the run after the rate limit starts at page 1");
    }

    private PullSourceContract contractFor(PullSource source) {
        SourceConfig config = source instanceof ListSource
                ? ListSource.SCHEMA.validate(Map.of("pageSize", "2"))
                : PostsFixture.config(server);
        return new PullSourceContract() {
            @Override
            protected PullSource source() {
                return source;
            }

            @Override
            protected SourceConfig config() {
                return config;
            }

            @Override
            protected SourceContext newContext() {
                return TestSourceContext.create();
            }
        };
    }

    private static String failure(Executable check) {
        return assertThrows(AssertionFailedError.class, check, "the check should have failed").getMessage();
    }

    private static void assertContains(String message, String expected) {
        assertTrue(message.contains(expected), () -> "expected the message to contain\n  " + expected
                + "\nbut it was\n  " + message);
    }
}
