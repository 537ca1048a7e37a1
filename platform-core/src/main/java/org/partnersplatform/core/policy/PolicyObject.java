package org.partnersplatform.core.policy;

import io.micronaut.json.tree.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object of a policy file being read: typed access to its keys by their path, every problem collected in
 * the shared list, and a key this reader never asked for reported as unknown by {@link #refuseUnknownKeys()}.
 */
final class PolicyObject {

    private final JsonNode node;
    private final String path;
    private final List<String> problems;
    private final Set<String> known = new LinkedHashSet<>();

    private PolicyObject(JsonNode node, String path, List<String> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The object at {@code path}, or empty (with a problem) when the node is not an object. */
    static Optional<PolicyObject> of(JsonNode node, String path, List<String> problems) {
        if (node == null || !node.isObject()) {
            problems.add(path + ": is an object");
            return Optional.empty();
        }
        return Optional.of(new PolicyObject(node, path, problems));
    }

    /** A required text, not blank, at most {@code max} characters. */
    String text(String key, int max) {
        return optionalText(key, max).orElseGet(() -> {
            if (absent(key)) {
                problems.add(at(key) + ": is required");
            }
            return "";
        });
    }

    Optional<String> optionalText(String key, int max) {
        JsonNode value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isString() || value.getStringValue().isBlank() || value.getStringValue().length() > max) {
            problems.add(at(key) + ": is a text of 1 to " + max + " characters");
            return Optional.empty();
        }
        return Optional.of(value.getStringValue().strip());
    }

    /** A number from {@code min} to {@code max}, or empty when absent or wrong (wrong is a problem). */
    Optional<BigDecimal> number(String key, BigDecimal min, BigDecimal max) {
        JsonNode value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            problems.add(at(key) + ": is a number");
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(value.getNumberValue().toString());
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.add(at(key) + ": is from " + min.toPlainString() + " to " + max.toPlainString() + ", not "
                    + number.toPlainString());
            return Optional.empty();
        }
        return Optional.of(number.stripTrailingZeros());
    }

    /** A whole number of at least {@code min}, or empty when absent or wrong (wrong is a problem). */
    Optional<Integer> whole(String key, int min) {
        JsonNode value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isNumber() || !value.getNumberValue().toString().matches("-?\\d+")
                || value.getNumberValue().toString().length() > 9) {
            problems.add(at(key) + ": is a whole number");
            return Optional.empty();
        }
        int number = value.getIntValue();
        if (number < min) {
            problems.add(at(key) + ": is " + min + " or more, not " + number);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** A true/false value, or {@code fallback} when absent or wrong (wrong is a problem). */
    boolean flag(String key, boolean fallback) {
        JsonNode value = value(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problems.add(at(key) + ": is true or false");
            return fallback;
        }
        return value.getBooleanValue();
    }

    /** The objects of a list (a missing list is empty); each element not an object is a problem. */
    List<PolicyObject> objects(String key) {
        List<PolicyObject> objects = new ArrayList<>();
        JsonNode value = value(key);
        if (value == null) {
            return objects;
        }
        if (!value.isArray()) {
            problems.add(at(key) + ": is a list");
            return objects;
        }
        for (int i = 0; i < value.size(); i++) {
            of(value.get(i), at(key) + "[" + i + "]", problems).ifPresent(objects::add);
        }
        return objects;
    }

    /** A list of texts, or empty when absent or wrong (wrong is a problem). */
    Optional<List<String>> texts(String key) {
        JsonNode value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        if (value.isArray() && value.size() > 0) {
            for (JsonNode element : value.values()) {
                if (element.isString()) {
                    texts.add(element.getStringValue());
                }
            }
        }
        if (texts.isEmpty() || texts.size() != value.size()) {
            problems.add(at(key) + ": is a non-empty list of texts");
            return Optional.empty();
        }
        return Optional.of(texts);
    }

    /** The object under {@code key}, or empty when absent or not an object (which is a problem). */
    Optional<PolicyObject> object(String key) {
        JsonNode value = value(key);
        return value == null ? Optional.empty() : of(value, at(key), problems);
    }

    /** Whether the key is missing (or null); marks it known. */
    boolean absent(String key) {
        return value(key) == null;
    }

    /** The path of a key of this object, for messages. */
    String at(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String what) {
        problems.add(at(key) + ": " + what);
    }

    /** Reports every key of this object no reader asked for. */
    void refuseUnknownKeys() {
        for (Map.Entry<String, JsonNode> entry : node.entries()) {
            if (!known.contains(entry.getKey())) {
                problems.add(at(entry.getKey()) + ": is not a known key (known: " + String.join(", ", known) + ")");
            }
        }
    }

    private JsonNode value(String key) {
        known.add(key);
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }
}
