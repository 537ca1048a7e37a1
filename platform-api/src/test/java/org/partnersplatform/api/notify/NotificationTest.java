package org.partnersplatform.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant AT = Instant.parse("2025-03-01T06:00:00Z");

    private static Notification.Builder valid() {
        return valid("alert-42", "activity_drop");
    }

    private static Notification.Builder valid(String id, String kind) {
        return Notification.builder(id, kind)
                .title("Acme's activity dropped by 62%")
                .text("Acme had 13 contributions in February, 34 in January.")
                .occurredAt(AT);
    }

    private static IllegalArgumentException refused(UnaryOperator<Notification.Builder> change) {
        return assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build());
    }

    @Test
    void fieldsKeepTheOrderTheyWereGivenInAndCannotBeChanged() {
        Notification notification = valid()
                .field("Organization", "Acme")
                .field("Month", "2025-02")
                .field("Change", "-62%")
                .build();

        assertEquals(List.of("Organization", "Month", "Change"), List.copyOf(notification.fields().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> notification.fields().put("x", "y"));
        assertNull(notification.markdown());
        assertNull(notification.link());
    }

    @Test
    void fieldsGivenAsAMapAreCopied() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("Month", "2025-02"));
        Notification notification = new Notification("alert-42", "activity_drop", "Title", "Text", null, null, AT,
                fields);

        fields.put("Change", "-62%");

        assertEquals(Map.of("Month", "2025-02"), notification.fields());
    }

    @Test
    void idsAreTokensThatAChannelCanUseAsTheyAre() {
        assertEquals("2025-02.acme_drop", valid("2025-02.acme_drop", "activity_drop").build().id());
        assertEquals(128, valid("a".repeat(128), "activity_drop").build().id().length());
        for (String bad : new String[] {"", "-alert", "alert 42", "alert/42", "alert<42>", "\u00e4", "a".repeat(129)}) {
            assertThrows(IllegalArgumentException.class, () -> valid(bad, "activity_drop").build(), bad);
        }
    }

    @Test
    void aKindIsASnakeCaseKey() {
        assertEquals("member_returned", valid("alert-42", "member_returned").build().kind());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> valid("alert-42", "ActivityDrop").build());
        assertTrue(refused.getMessage().contains("ActivityDrop"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> valid("alert-42", "activity-drop").build());
    }

    @Test
    void aTitleIsOneLineOfAtMost150Characters() {
        assertEquals(150, valid().title("x".repeat(150)).build().title().length());
        refused(b -> b.title("x".repeat(151)));
        refused(b -> b.title("Activity dropped\nBcc: everyone@example.org"));
        refused(b -> b.title("Activity\u0007dropped"));
        refused(b -> b.title("   "));
    }

    @Test
    void textsKeepLineBreaksAndTabsButNoOtherControlCharacters() {
        Notification notification = valid().text("line one\r\n\tline two").markdown("**one**\n- two").build();

        assertEquals("line one\r\n\tline two", notification.text());
        refused(b -> b.text("bell\u0007"));
        refused(b -> b.markdown("escape\u001b[31m"));
        refused(b -> b.text(""));
        refused(b -> b.markdown(" \n "));
        refused(b -> b.text("x".repeat(Notification.MAX_TEXT + 1)));
    }

    @Test
    void aLinkIsAnAbsoluteHttpOrHttpsUrl() {
        assertEquals(URI.create("https://partners.example.org/admin/alerts/42"),
                valid().link(URI.create("https://partners.example.org/admin/alerts/42")).build().link());
        refused(b -> b.link(URI.create("/admin/alerts/42")));
        refused(b -> b.link(URI.create("javascript:alert(1)")));
        refused(b -> b.link(URI.create("ftp://example.org/alerts")));
        refused(b -> b.link(URI.create("https://example.org/" + "a".repeat(Notification.MAX_LINK))));
    }

    @Test
    void fieldsAreFewAndOneLineEach() {
        assertEquals("", valid().field("Note", "").build().fields().get("Note"));
        refused(b -> b.field("", "value"));
        refused(b -> b.field("Name", "two\nlines"));
        refused(b -> b.field("n".repeat(Notification.MAX_FIELD_NAME + 1), "value"));
        refused(b -> b.field("Name", "v".repeat(Notification.MAX_FIELD_VALUE + 1)));
        refused(b -> {
            for (int i = 0; i <= Notification.MAX_FIELDS; i++) {
                b.field("Field " + i, "value");
            }
            return b;
        });
    }

    @Test
    void requiredValuesMustBeThere() {
        assertThrows(NullPointerException.class,
                () -> Notification.builder("alert-42", "activity_drop").title("t").text("t").build());
        assertThrows(NullPointerException.class,
                () -> Notification.builder("alert-42", "activity_drop").text("t").occurredAt(AT).build());
    }
}
