package org.partnersplatform.plugins.github;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.MalformedDataException;

/**
 * Typed reads of GitHub's JSON, parsed by jackson-jr into maps and lists. A value of the wrong type is reported as
 * {@link MalformedDataException} naming the field, never guessed.
 */
final class Json {

    private static final JSON READER = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** The JSON array of objects in {@code body}; {@code what} names it in the error. */
    static List<Map<String, Object>> array(byte[] body, String what) {
        Object value = parse(body, what);
        if (!(value instanceof List<?> list)) {
            throw new MalformedDataException(what + " is not a JSON array");
        }
        List<Map<String, Object>> objects = new ArrayList<>(list.size());
        for (Object element : list) {
            objects.add(asObject(element, "an element of " + what));
        }
        return objects;
    }

    /** The JSON object in {@code body}; {@code what} names it in the error. */
    static Map<String, Object> object(byte[] body, String what) {
        return asObject(parse(body, what), what);
    }

    /** The nested object at {@code key}, empty when absent or null. */
    static Optional<Map<String, Object>> object(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? Optional.empty() : Optional.of(asObject(value, "the field " + key));
    }

    /** The text at {@code key}, empty when absent, null or blank. */
    static Optional<String> text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new MalformedDataException("the field " + key + " is not a string: " + value);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The number at {@code key} as decimal text (ids, counts), empty when absent or null. */
    static Optional<String> number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Number number)) {
            throw new MalformedDataException("the field " + key + " is not a number: " + value);
        }
        return Optional.of(number.toString());
    }

    /** The number at {@code key}, which the item cannot do without. */
    static String requiredNumber(Map<String, Object> json, String key, String what) {
        return number(json, key).orElseThrow(() -> new MalformedDataException(what + " has no " + key));
    }

    /** The boolean at {@code key}; {@code false} when absent or null. */
    static boolean bool(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof Boolean flag && flag;
    }

    /** The ISO-8601 instant at {@code key}, empty when absent or null. */
    static Optional<Instant> instant(Map<String, Object> json, String key) {
        return text(json, key).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new MalformedDataException("the field " + key + " is not an ISO-8601 instant: " + text, e);
            }
        });
    }

    /** The list of objects at {@code key}, empty when absent or null. */
    static List<Map<String, Object>> objects(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new MalformedDataException("the field " + key + " is not an array");
        }
        List<Map<String, Object>> objects = new ArrayList<>(list.size());
        for (Object element : list) {
            objects.add(asObject(element, "an element of " + key));
        }
        return objects;
    }

    private static Object parse(byte[] body, String what) {
        try {
            Object value = READER.anyFrom(body);
            if (value == null) {
                throw new MalformedDataException(what + " is empty, not JSON");
            }
            return value;
        } catch (IOException e) {
            throw new MalformedDataException(what + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedDataException(what + " is not a JSON object");
        }
        return (Map<String, Object>) map;
    }
}
