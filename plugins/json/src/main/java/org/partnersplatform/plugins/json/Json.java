package org.partnersplatform.plugins.json;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.MalformedDataException;

/**
 * Typed reads of a JSON API's answers, parsed by jackson-jr into maps and lists (numbers with a fraction as
 * {@link BigDecimal}), and the writing of request bodies. A value of the wrong type is reported as
 * {@link MalformedDataException} naming the field, never guessed.
 */
public final class Json {

    private static final JSON JSON_IO = JSON.std.with(JSON.Feature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    /** The object as JSON text. */
    public static String write(Map<String, Object> object) {
        try {
            return JSON_IO.asString(object);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /** The JSON object in {@code body}; {@code what} names it in the error. */
    public static Map<String, Object> object(byte[] body, String what) {
        Object value;
        try {
            value = JSON_IO.anyFrom(body);
        } catch (IOException e) {
            throw new MalformedDataException(what + " is not valid JSON: " + e.getMessage(), e);
        }
        if (value == null) {
            throw new MalformedDataException(what + " is empty, not JSON");
        }
        return asObject(value, what);
    }

    /** The nested object at {@code key}, empty when absent or null. */
    public static Optional<Map<String, Object>> object(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value == null ? Optional.empty() : Optional.of(asObject(value, "the field " + key));
    }

    /** The nested object at {@code key}, which {@code what} cannot do without. */
    public static Map<String, Object> requiredObject(Map<String, Object> json, String key, String what) {
        return object(json, key).orElseThrow(() -> new MalformedDataException(what + " has no " + key));
    }

    /** The text at {@code key}, empty when absent, null or blank. */
    public static Optional<String> text(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw new MalformedDataException("the field " + key + " is not a string: " + value);
        }
        return text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    /** The text at {@code key}, which {@code what} cannot do without. */
    public static String requiredText(Map<String, Object> json, String key, String what) {
        return text(json, key).orElseThrow(() -> new MalformedDataException(what + " has no " + key));
    }

    /** The number at {@code key} as an exact decimal, empty when absent or null. */
    public static Optional<BigDecimal> decimal(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            return Optional.of(new BigDecimal(value.toString()));
        }
        throw new MalformedDataException("the field " + key + " is not a number: " + value);
    }

    /** The whole number at {@code key}, which {@code what} cannot do without. */
    public static long requiredLong(Map<String, Object> json, String key, String what) {
        BigDecimal value = decimal(json, key).orElseThrow(() -> new MalformedDataException(what + " has no " + key));
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new MalformedDataException("the field " + key + " of " + what + " is not a whole number: " + value);
        }
    }

    /** The boolean at {@code key}; {@code false} when absent or null. */
    public static boolean bool(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof Boolean flag && flag;
    }

    /** The ISO-8601 instant at {@code key}, which {@code what} cannot do without. */
    public static Instant requiredInstant(Map<String, Object> json, String key, String what) {
        String text = requiredText(json, key, what);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedDataException("the field " + key + " of " + what + " is not an ISO-8601 instant: "
                    + text, e);
        }
    }

    /** The list of objects at {@code key}, empty when absent or null. */
    public static List<Map<String, Object>> objects(Map<String, Object> json, String key) {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object value, String what) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new MalformedDataException(what + " is not a JSON object");
        }
        return (Map<String, Object>) map;
    }
}
