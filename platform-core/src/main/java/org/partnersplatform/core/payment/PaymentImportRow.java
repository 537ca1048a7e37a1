package org.partnersplatform.core.payment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a payment import and what happens to it.
 *
 * @param line the line of the file it is on
 * @param values the row's values of the import's columns, as given
 * @param message what is stored, or why nothing is
 */
public record PaymentImportRow(int line, Map<String, String> values, PaymentImportOutcome outcome, String message) {

    public PaymentImportRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
