package org.partnersplatform.plugins.manual;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.MalformedDataException;

/**
 * Reads the JSON body of a credit strictly: unknown fields, wrong types and values out of bounds are refused with a
 * message that names the field and says what is expected, since the core answers 400 with it and the person who sent
 * it must be able to fix it.
 */
final class CreditRequestParser {

    static final int MAX_REASON_LENGTH = 2000;
    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_URL_LENGTH = 2048;
    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_USERNAME_LENGTH = 100;

    private static final List<String> FIELDS = List.of("type", "person", "date", "reason", "url", "title");
    private static final List<String> PERSON_FIELDS = List.of("email", "username", "name", "profileUrl");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_QUOTED = 60;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JSON JSON_READER = JSON.builder(FACTORY).build()
            .with(JSON.Feature.FAIL_ON_DUPLICATE_MAP_KEYS, true)
            .with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS, true);

    private CreditRequestParser() {
    }

    /**
     * Parses a credit.
     *
     * @param body the raw request body
     * @param creditTypes the keys of the installation's configured credit types
     * @param latestDate the latest date a credit may carry
     * @throws MalformedDataException naming the first field that is wrong and what it must be
     */
    static CreditRequest parse(String body, Set<String> creditTypes, LocalDate latestDate) {
        Map<String, Object> json = readObject(body);
        refuseUnknown(json, FIELDS, "");

        String type = requiredText(json, "type", "type", 64);
        if (!creditTypes.contains(type)) {
            throw malformed("type", "must be one of the configured credit types " + creditTypes.stream().sorted().toList()
                    + ", got '" + quote(type) + "'");
        }
        CreditRequest.Person person = person(json.get("person"));
        LocalDate date = date(json.get("date"), latestDate);
        String reason = requiredText(json, "reason", "reason", MAX_REASON_LENGTH);
        Optional<String> url = optionalUrl(json, "url", "url");
        Optional<String> title = optionalText(json, "title", "title", MAX_TITLE_LENGTH);
        return new CreditRequest(type, person, date, reason, url, title);
    }

    private static Map<String, Object> readObject(String body) {
        Object value;
        try (JsonParser parser = FACTORY.createParser(body)) {
            value = JSON_READER.anyFrom(parser);
            if (parser.nextToken() != null) {
                throw new MalformedDataException(
                        "the body must be one JSON object; there is more content after it");
            }
        } catch (JsonProcessingException e) {
            throw new MalformedDataException("the body must be a JSON object: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new MalformedDataException("the body must be a JSON object: " + e.getMessage(), e);
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedDataException("the body must be a JSON object like "
                    + "{\"type\": \"talk_given\", \"person\": {\"email\": \"ada@example.org\"}, "
                    + "\"date\": \"2024-05-01\", \"reason\": \"...\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return object;
    }

    private static void refuseUnknown(Map<String, Object> json, List<String> allowed, String prefix) {
        for (String key : json.keySet()) {
            if (!allowed.contains(key)) {
                throw malformed(prefix + key, "is not a field of a credit; the fields are "
                        + allowed.stream().map(f -> prefix + f).toList());
            }
        }
    }

    private static CreditRequest.Person person(Object value) {
        if (value == null) {
            throw malformed("person", "is required: an object with an email or a username, "
                    + "like {\"email\": \"ada@example.org\"}");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw malformed("person", "must be an object with an email or a username, "
                    + "like {\"email\": \"ada@example.org\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) map;
        refuseUnknown(json, PERSON_FIELDS, "person.");
        Optional<String> email = optionalText(json, "email", "person.email", MAX_EMAIL_LENGTH);
        email.filter(e -> !EMAIL.matcher(e).matches()).ifPresent(e -> {
            throw malformed("person.email", "must be an email address like ada@example.org, got '" + quote(e) + "'");
        });
        Optional<String> username = optionalText(json, "username", "person.username", MAX_USERNAME_LENGTH);
        username.filter(u -> u.chars().anyMatch(Character::isWhitespace)).ifPresent(u -> {
            throw malformed("person.username", "must be a handle without spaces, got '" + quote(u) + "'");
        });
        if (email.isEmpty() && username.isEmpty()) {
            throw malformed("person", "needs an email or a username to know who is credited");
        }
        Optional<String> name = optionalText(json, "name", "person.name", MAX_NAME_LENGTH);
        Optional<String> profileUrl = optionalUrl(json, "profileUrl", "person.profileUrl");
        return new CreditRequest.Person(email, username, name, profileUrl);
    }

    private static LocalDate date(Object value, LocalDate latestDate) {
        if (value == null) {
            throw malformed("date", "is required: the day of the contribution as YYYY-MM-DD");
        }
        if (!(value instanceof String text) || !DATE.matcher(text).matches()) {
            throw malformed("date", "must be a day as YYYY-MM-DD, like \"2024-05-01\", got " + describe(value));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw malformed("date", "must be a real day as YYYY-MM-DD, got '" + text + "'");
        }
        if (date.isAfter(latestDate)) {
            throw malformed("date", "must not be in the future, got '" + text + "'");
        }
        return date;
    }

    private static String requiredText(Map<String, Object> json, String key, String field, int maxLength) {
        return optionalText(json, key, field, maxLength)
                .orElseThrow(() -> malformed(field, "is required and must not be blank"));
    }

    private static Optional<String> optionalText(Map<String, Object> json, String key, String field, int maxLength) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw malformed(field, "must be a string, got " + describe(value));
        }
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return Optional.empty();
        }
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw malformed(field, "must be at most " + maxLength + " characters, got "
                    + stripped.codePointCount(0, stripped.length()));
        }
        return Optional.of(stripped);
    }

    private static Optional<String> optionalUrl(Map<String, Object> json, String key, String field) {
        Optional<String> url = optionalText(json, key, field, MAX_URL_LENGTH);
        url.filter(u -> !isHttpUrl(u)).ifPresent(u -> {
            throw malformed(field, "must be an absolute http or https URL, got '" + quote(u) + "'");
        });
        return url;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "'" + quote(text) + "'";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List || value instanceof Object[]) {
            return "an array";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String quote(String value) {
        return value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED) + "…";
    }

    private static MalformedDataException malformed(String field, String expected) {
        return new MalformedDataException("credit field '" + field + "' " + expected);
    }
}
