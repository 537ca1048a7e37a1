package org.partnersplatform.plugins.stackexchange;

import java.util.Map;
import java.util.Optional;

/** Typed reads of values jackson-jr parsed into maps, lists, numbers and strings. */
final class Json {

    private Json() {
    }

    /** A whole number, if the value is one. */
    static Optional<Long> longValue(Object value) {
        if (value instanceof Number number && number.doubleValue() == number.longValue()) {
            return Optional.of(number.longValue());
        }
        return Optional.empty();
    }

    /** A whole-number field of an object. */
    static Optional<Long> longField(Map<String, Object> object, String field) {
        return longValue(object.get(field));
    }

    /** A non-blank string field of an object. */
    static Optional<String> stringField(Map<String, Object> object, String field) {
        return object.get(field) instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** An object field of an object. */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> objectField(Map<String, Object> object, String field) {
        return object.get(field) instanceof Map<?, ?> map ? Optional.of((Map<String, Object>) map) : Optional.empty();
    }
}
