package org.partnersplatform.core.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a published month holds: its boards by key ({@value #ORGANIZATIONS}, {@value #INDIVIDUALS}), each ranked best
 * first, and the scoring rule version they were computed under. {@code format} numbers the document's shape, so that a
 * later shape (reports, more boards) can be read next to this one: format 1 has no rule version, format 2 has one.
 *
 * @param ruleVersion the rule version's label, e.g. {@code mautic-2026.1 · r3}; {@code null} in format 1
 */
@Serdeable
public record MonthContent(int format, String month, Map<String, List<PublishedEntry>> boards,
                           @Nullable String ruleVersion) {

    /** The shape written today. */
    public static final int FORMAT = 2;
    public static final String ORGANIZATIONS = "organizations";
    public static final String INDIVIDUALS = "individuals";

    public MonthContent {
        Map<String, List<PublishedEntry>> copy = new LinkedHashMap<>();
        if (boards != null) {
            boards.forEach((key, entries) -> copy.put(key, entries == null ? List.of() : List.copyOf(entries)));
        }
        boards = Collections.unmodifiableMap(copy);
    }

    /** A board's rows, or none when the month has no such board. */
    public List<PublishedEntry> board(String key) {
        return boards.getOrDefault(key, List.of());
    }
}
