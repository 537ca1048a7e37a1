package org.partnersplatform.core;

import java.util.List;
import java.util.Map;

/**
 * The caller's input is wrong; answered 400 with the message and, per field, what is wrong with it.
 */
public class InvalidRequestException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidRequestException(String message, Map<String, String> problems) {
        super(message);
        this.problems = Map.copyOf(problems);
    }

    public InvalidRequestException(String message) {
        this(message, Map.of());
    }

    /** Field name to what is wrong with it; may be empty. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The problems as "field: what" lines. */
    public List<String> problemLines() {
        return problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).sorted().toList();
    }
}
