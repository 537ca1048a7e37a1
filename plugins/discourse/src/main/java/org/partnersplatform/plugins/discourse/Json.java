package org.partnersplatform.plugins.discourse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reads of the maps jackson-jr makes from Discourse's JSON. A field that is absent, {@code null} or of another
 * type reads as empty: which of those is an error is for the caller to say, with the item it was reading.
 */
final class Json {

    private Json() {
    }

    static Optional<Map<String, Object>> object(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return Optional.of(typed);
        }
        return Optional.empty();
    }

    /** The objects of an array field, skipping elements that are not objects; empty when the field is not an array. */
    static List<Map<String, Object>> objects(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(element -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) element;
            return typed;
        }).toList();
    }

    /** The whole numbers of an array field; empty when the field is not an array. */
    static List<Long> longs(Map<String, Object> json, String key) {
        Object value = json.get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Number.class::isInstance).map(n -> ((Number) n).longValue()).toList();
    }

    static Optional<Long> number(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    /** A non-blank string field. */
    static Optional<String> string(Map<String, Object> json, String key) {
        Object value = json.get(key);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }

    /** A boolean field; {@code false} unless it is {@code true}. */
    static boolean flag(Map<String, Object> json, String key) {
        return Boolean.TRUE.equals(json.get(key));
    }

    /** An ISO-8601 timestamp with an offset, as Discourse writes them ({@code 2017-08-08T20:11:32.542Z}). */
    static Optional<Instant> instant(Map<String, Object> json, String key) {
        return string(json, key).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }
}
