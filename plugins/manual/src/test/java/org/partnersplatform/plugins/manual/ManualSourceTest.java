package org.partnersplatform.plugins.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.InboundRequest;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;

class ManualSourceTest {

    private static final FixedContext CONTEXT = FixedContext.at("2024-05-10T08:00:00Z");
    private static final String LEAD = "lead@example.org";
    private static final String TALK = """
            {"type": "talk_given",
             "person": {"email": "Ada@Example.org", "username": "ada", "name": "Ada Lovelace",
                        "profileUrl": "https://github.com/ada"},
             "date": "2024-05-02",
             "reason": "Gave the keynote at FOSDEM on the plugin SPI.\\nSlides are online.",
             "url": "https://fosdem.org/2024/schedule/event/spi/"}
            """;

    private final ManualSource source = new ManualSource();

    private SourceConfig defaults() {
        return source.descriptor().configSchema().validate(Map.of());
    }

    private static InboundRequest credit(String json, String principal) {
        return new InboundRequest(Map.of("Content-Type", List.of("application/json")),
                json.getBytes(StandardCharsets.UTF_8), Optional.ofNullable(principal));
    }

    private List<ActivityRecord> receive(String json) {
        return source.receive(credit(json, LEAD), defaults(), CONTEXT);
    }

    @Test
    void descriptorDeclaresAnOrderedPushOnlySourceWithTheDefaultTypes() {
        assertEquals("org.partnersplatform.manual", source.descriptor().id());
        assertEquals("Manual credits", source.descriptor().name());
        assertEquals(new SourceCapabilities(true, true), source.descriptor().capabilities());
        assertEquals(CreditTypes.defaults(), source.descriptor().activityTypes());
        assertFalse(source instanceof PullSource);
        assertEquals(CreditTypes.DEFAULT_LINES,
                source.descriptor().configSchema().field("creditTypes").orElseThrow().defaultValue());
    }

    @Test
    void goodCreditMapsToTheExactRecord() {
        List<ActivityRecord> records = receive(TALK);

        String reason = "Gave the keynote at FOSDEM on the plugin SPI.\nSlides are online.";
        assertEquals(List.of(new ActivityRecord(
                "credit-e03cf451a51634b323ddeae8483fe2dd",
                "talk_given",
                Instant.parse("2024-05-02T12:00:00Z"),
                new Actor(null, "ada", "Ada Lovelace", "Ada@Example.org", "https://github.com/ada", false),
                "https://fosdem.org/2024/schedule/event/spi/",
                "Talk given — Gave the keynote at FOSDEM on the plugin SPI.",
                Map.of("credited_by", LEAD, "reason", reason),
                reason)), records);
    }

    @Test
    void sameCreditSubmittedTwiceHasTheSameId() {
        assertEquals(receive(TALK).get(0).itemId(), receive(TALK).get(0).itemId());
    }

    @Test
    void idIgnoresTheCaseOfTheEmailAndTheOptionalDetails() {
        String other = """
                {"type": "talk_given", "person": {"email": "ada@example.org"}, "date": "2024-05-02",
                 "reason": "Gave the keynote at FOSDEM on the plugin SPI.\\nSlides are online.", "title": "Keynote"}
                """;

        assertEquals(receive(TALK).get(0).itemId(), receive(other).get(0).itemId());
    }

    @Test
    void idDiffersWhenTheReasonDiffers() {
        String otherReason = TALK.replace("Slides are online.", "Video is online.");

        assertNotEquals(receive(TALK).get(0).itemId(), receive(otherReason).get(0).itemId());
    }

    @Test
    void idDiffersWhenAnotherLeadGivesTheCredit() {
        String byLead = source.receive(credit(TALK, LEAD), defaults(), CONTEXT).get(0).itemId();
        String byOther = source.receive(credit(TALK, "other@example.org"), defaults(), CONTEXT).get(0).itemId();

        assertNotEquals(byLead, byOther);
    }

    @Test
    void idDiffersWhenTheDateDiffers() {
        assertNotEquals(receive(TALK).get(0).itemId(),
                receive(TALK.replace("2024-05-02", "2024-05-03")).get(0).itemId());
    }

    @Test
    void givenTitleIsKeptAndUsernameAloneIdentifiesThePerson() {
        ActivityRecord record = receive("""
                {"type": "proofreading", "person": {"username": "grace"}, "date": "2024-05-10",
                 "reason": "Proofread the 5.0 release notes", "title": "Release notes 5.0"}
                """).get(0);

        assertEquals("Release notes 5.0", record.title());
        assertEquals(new Actor(null, "grace", null, null, null, false), record.actor());
        assertEquals(Instant.parse("2024-05-10T12:00:00Z"), record.occurredAt());
        assertEquals(null, record.url());
    }

    @Test
    void defaultTitleShortensALongReason() {
        String reason = "x".repeat(600);

        ActivityRecord record = receive("""
                {"type": "mentoring", "person": {"email": "a@b.org"}, "date": "2024-05-01", "reason": "%s"}
                """.formatted(reason)).get(0);

        assertEquals("Mentoring — " + "x".repeat(79) + "…", record.title());
        assertEquals("x".repeat(499) + "…", record.attributes().get("reason"));
        assertEquals(reason, record.evidence());
    }

    @Test
    void requestWithoutPrincipalIsRejected() {
        RequestRejectedException e = assertThrows(RequestRejectedException.class,
                () -> source.receive(credit(TALK, null), defaults(), CONTEXT));

        assertTrue(e.getMessage().contains("never anonymous"), e.getMessage());
    }

    @Test
    void requestWithBlankPrincipalIsRejected() {
        assertThrows(RequestRejectedException.class, () -> source.receive(credit(TALK, " "), defaults(), CONTEXT));
    }

    @Test
    void configuredCustomTypeIsEmittedWithItsKey() {
        SourceConfig custom = source.descriptor().configSchema()
                .validate(Map.of("creditTypes", "podcast_guest | Podcast guest | 4"));

        ActivityRecord record = source.receive(credit("""
                {"type": "podcast_guest", "person": {"email": "a@b.org"}, "date": "2024-05-01",
                 "reason": "Talked about the project on a podcast"}
                """, LEAD), custom, CONTEXT).get(0);

        assertEquals("podcast_guest", record.type());
        assertEquals("Podcast guest — Talked about the project on a podcast", record.title());
    }

    @Test
    void typeNotConfiguredForThisInstallationIsRefused() {
        SourceConfig custom = source.descriptor().configSchema()
                .validate(Map.of("creditTypes", "podcast_guest | Podcast guest | 4"));

        MalformedDataException e = assertThrows(MalformedDataException.class,
                () -> source.receive(credit(TALK, LEAD), custom, CONTEXT));

        assertEquals("credit field 'type' must be one of the configured credit types [podcast_guest], "
                + "got 'talk_given'", e.getMessage());
    }

    @Test
    void dateThatIsAlreadyTodayEastOfUtcIsAccepted() {
        FixedContext lateEvening = FixedContext.at("2024-05-10T20:00:00Z");

        ActivityRecord record = source.receive(credit("""
                {"type": "mentoring", "person": {"email": "a@b.org"}, "date": "2024-05-11", "reason": "Mentored"}
                """, LEAD), defaults(), lateEvening).get(0);

        assertEquals(Instant.parse("2024-05-11T12:00:00Z"), record.occurredAt());
    }

    @Test
    void dateThatIsNotYetTodayAnywhereIsRefused() {
        MalformedDataException e = assertThrows(MalformedDataException.class, () -> receive("""
                {"type": "mentoring", "person": {"email": "a@b.org"}, "date": "2024-05-11", "reason": "Mentored"}
                """));

        assertEquals("credit field 'date' must not be in the future, got '2024-05-11'", e.getMessage());
    }
}
