package org.partnersplatform.core.affiliation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an import and what happens to it.
 *
 * @param line the line of the file it is on
 * @param values the row's values of the import's columns, as given
 * @param message what is added, or why nothing is
 */
public record ImportRow(int line, Map<String, String> values, ImportOutcome outcome, String message) {

    public ImportRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
