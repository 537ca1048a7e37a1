package org.partnersplatform.core.report;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A ranked list of a report: the top entries of one leaderboard.
 *
 * @param key what the CSV calls the section: {@code organizations-contributions}, {@code organizations-activity},
 *            {@code individuals-contributions} or {@code individuals-activity}
 * @param title the heading people read ("Top contributing organizations")
 */
@Serdeable
public record RankedSection(String key, String title, List<RankedEntry> entries) {

    public RankedSection {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
