package org.partnersplatform.web.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;

/**
 * The admin form generated from a source's configuration schema. A secret is never put back into the page: its
 * field stays empty, and a note says whether a value is stored.
 */
final class ConfigForm {

    static final String PREFIX = "config.";

    private ConfigForm() {
    }

    static List<Map<String, Object>> fields(ConfigSchema schema, Map<String, String> values, List<String> secretsSet,
                                            Map<String, String> problems) {
        return schema.fields().stream().map(field -> field(field, values, secretsSet, problems)).toList();
    }

    private static Map<String, Object> field(ConfigField field, Map<String, String> values, List<String> secretsSet,
                                             Map<String, String> problems) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", PREFIX + field.key());
        model.put("key", field.key());
        model.put("label", field.label());
        model.put("help", field.help());
        model.put("required", field.required() && !(field.secret() && secretsSet.contains(field.key())));
        model.put("secret", field.secret());
        model.put("secretStored", field.secret() && secretsSet.contains(field.key()));
        model.put("multiline", switch (field.type()) {
            case TEXT, LIST -> true;
            default -> false;
        });
        model.put("inputType", field.secret() ? "password" : switch (field.type()) {
            case INTEGER -> "number";
            case URL -> "url";
            default -> "text";
        });
        model.put("boolean", field.type() == ConfigType.BOOLEAN);
        String value = field.secret() ? "" : values.getOrDefault(field.key(),
                field.defaultValue() == null ? "" : field.defaultValue());
        model.put("value", value);
        model.put("checked", "true".equalsIgnoreCase(value));
        model.put("problem", problems.get(PREFIX + field.key()));
        return model;
    }

    /**
     * The setting values a submitted form holds. A browser sends nothing for an unticked checkbox, so a boolean
     * setting absent from the form is {@code false}.
     */
    static Map<String, String> values(ConfigSchema schema, Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                values.put(name.substring(PREFIX.length()), value);
            }
        });
        for (ConfigField field : schema.fields()) {
            if (field.type() == ConfigType.BOOLEAN) {
                values.put(field.key(), Boolean.toString("true".equalsIgnoreCase(values.get(field.key()))));
            }
        }
        return values;
    }
}
