package org.partnersplatform.plugins.manual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnersplatform.api.MalformedDataException;

class CreditRequestParserTest {

    private static final Set<String> TYPES = Set.of("talk_given", "mentoring");
    private static final LocalDate TODAY = LocalDate.parse("2024-05-10");

    private static CreditRequest parse(String json) {
        return CreditRequestParser.parse(json, TYPES, TODAY);
    }

    private static String refusal(String json) {
        return assertThrows(MalformedDataException.class, () -> parse(json)).getMessage();
    }

    @Test
    void goodRequestIsReadStrippedWithAbsentOptionals() {
        CreditRequest credit = parse("""
                {"type": "mentoring", "person": {"email": " a@b.org ", "name": null, "username": "  "},
                 "date": "2024-05-10", "reason": "  Mentored two newcomers  ", "url": null}
                """);

        assertEquals(new CreditRequest("mentoring",
                new CreditRequest.Person(Optional.of("a@b.org"), Optional.empty(), Optional.empty(), Optional.empty()),
                LocalDate.parse("2024-05-10"), "Mentored two newcomers", Optional.empty(), Optional.empty()), credit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '`', value = {
        // field; request; what the message must contain
        "type; {\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'type' is required",
        "type; {\"type\":5,\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'type' must be a string, got a number",
        "type; {\"type\":\"sprint_led\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'type' must be one of the configured credit types [mentoring, talk_given], got 'sprint_led'",
        "person; {\"type\":\"mentoring\",\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person' is required",
        "person; {\"type\":\"mentoring\",\"person\":\"ada\",\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person' must be an object",
        "person; {\"type\":\"mentoring\",\"person\":{\"name\":\"Ada\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person' needs an email or a username",
        "person.email; {\"type\":\"mentoring\",\"person\":{\"email\":\"ada.example.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person.email' must be an email address like ada@example.org, got 'ada.example.org'",
        "person.username; {\"type\":\"mentoring\",\"person\":{\"username\":\"ada lovelace\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person.username' must be a handle without spaces",
        "person.profileUrl; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\",\"profileUrl\":\"javascript:alert(1)\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person.profileUrl' must be an absolute http or https URL",
        "person.id; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\",\"id\":7},\"date\":\"2024-05-01\",\"reason\":\"r\"}; credit field 'person.id' is not a field of a credit; the fields are [person.email, person.username, person.name, person.profileUrl]",
        "date; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"reason\":\"r\"}; credit field 'date' is required: the day of the contribution as YYYY-MM-DD",
        "date; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"01/05/2024\",\"reason\":\"r\"}; credit field 'date' must be a day as YYYY-MM-DD, like \"2024-05-01\", got '01/05/2024'",
        "date; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-02-30\",\"reason\":\"r\"}; credit field 'date' must be a real day as YYYY-MM-DD, got '2024-02-30'",
        "date; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01T10:00:00Z\",\"reason\":\"r\"}; credit field 'date' must be a day as YYYY-MM-DD",
        "date; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-11\",\"reason\":\"r\"}; credit field 'date' must not be in the future, got '2024-05-11'",
        "reason; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\"}; credit field 'reason' is required and must not be blank",
        "reason; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"   \"}; credit field 'reason' is required and must not be blank",
        "reason; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":[\"r\"]}; credit field 'reason' must be a string, got an array",
        "url; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\",\"url\":\"ftp://x.org/a\"}; credit field 'url' must be an absolute http or https URL, got 'ftp://x.org/a'",
        "url; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\",\"url\":\"/relative\"}; credit field 'url' must be an absolute http or https URL",
        "title; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\",\"title\":true}; credit field 'title' must be a string, got a boolean",
        "points; {\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\",\"points\":10}; credit field 'points' is not a field of a credit; the fields are [type, person, date, reason, url, title]",
    })
    void badFieldIsRefusedNamingIt(String field, String json, String expected) {
        String message = refusal(json);

        assertTrue(message.startsWith("credit field '" + field + "' "), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void reasonLongerThan2000CharactersIsRefused() {
        String json = "{\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\""
                + "r".repeat(2001) + "\"}";

        assertEquals("credit field 'reason' must be at most 2000 characters, got 2001", refusal(json));
    }

    @Test
    void reasonOfExactly2000CharactersIsAccepted() {
        String json = "{\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\""
                + "r".repeat(2000) + "\"}";

        assertEquals(2000, parse(json).reason().length());
    }

    @Test
    void bodyThatIsNotJsonIsRefused() {
        assertTrue(refusal("type=mentoring").startsWith("the body must be a JSON object"), refusal("type=mentoring"));
    }

    @Test
    void emptyBodyIsRefused() {
        assertTrue(refusal("").startsWith("the body must be a JSON object"), refusal(""));
    }

    @Test
    void jsonArrayIsRefused() {
        assertTrue(refusal("[]").startsWith("the body must be a JSON object like"), refusal("[]"));
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        String json = "{\"type\":\"mentoring\",\"person\":{\"email\":\"a@b.org\"},\"date\":\"2024-05-01\",\"reason\":\"r\"}"
                + " {\"type\":\"talk_given\"}";

        assertEquals("the body must be one JSON object; there is more content after it", refusal(json));
    }

    @Test
    void duplicateFieldIsRefused() {
        String json = "{\"type\":\"mentoring\",\"type\":\"talk_given\",\"person\":{\"email\":\"a@b.org\"},"
                + "\"date\":\"2024-05-01\",\"reason\":\"r\"}";

        assertTrue(refusal(json).contains("type"), refusal(json));
    }
}
