package org.partnersplatform.core.policy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One condition of an attribute rule over one attribute's value. An absent attribute satisfies no condition; a value
 * that is not a number satisfies no numeric condition.
 *
 * @param attribute the attribute's name as the plugin reports it
 * @param operator how the value is compared
 * @param values the text to equal ({@link Operator#EQUALS}, one value) or the texts allowed ({@link Operator#ONE_OF})
 * @param bound the bound of {@link Operator#AT_MOST} and {@link Operator#AT_LEAST}
 */
@Serdeable
public record Condition(String attribute, Operator operator, List<String> values, @Nullable BigDecimal bound) {

    public Condition {
        values = List.copyOf(values);
    }

    /** The comparisons a condition can make; each is a key of the policy file. */
    public enum Operator {
        EQUALS("equals"),
        ONE_OF("oneOf"),
        AT_MOST("atMost"),
        AT_LEAST("atLeast");

        private final String key;

        Operator(String key) {
            this.key = key;
        }

        /** The operator's key in the policy file. */
        public String key() {
            return key;
        }
    }

    /** Whether the value (absent when {@code null}) satisfies the condition. */
    public boolean holds(String value) {
        if (value == null) {
            return false;
        }
        return switch (operator) {
            case EQUALS, ONE_OF -> values.contains(value);
            case AT_MOST -> number(value) != null && number(value).compareTo(bound) <= 0;
            case AT_LEAST -> number(value) != null && number(value).compareTo(bound) >= 0;
        };
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
