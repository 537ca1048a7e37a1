package org.partnersplatform.web.view;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a page model readable by Handlebars, which resolves maps and JavaBean getters but not record accessors:
 * records become maps of their components, enums their names, instants a UTC date and time. Deeply.
 */
final class ViewModel {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ViewModel() {
    }

    static Object convert(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Record record) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                map.put(component.getName(), convert(read(component, record)));
            }
            return map;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> converted = new LinkedHashMap<>();
            map.forEach((k, v) -> converted.put(k, convert(v)));
            return converted;
        }
        if (value instanceof Map.Entry<?, ?> entry) {
            return Map.of("key", entry.getKey(), "value", convert(entry.getValue()));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(ViewModel::convert).toList();
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(ViewModel::convert).orElse(null);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        return value;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
