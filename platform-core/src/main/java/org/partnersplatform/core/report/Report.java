package org.partnersplatform.core.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A monthly shout-out, or a quarterly or annual report: the top organizations and individuals of the period, both
 * "top contributing" and "most active", with their change against the period before, the people new in the period
 * and the administrator's notes on its months.
 *
 * @param period {@code 2026-10}, {@code 2026-Q4} or {@code 2026}
 * @param type {@code monthly}, {@code quarterly} or {@code annual}
 * @param partial whether the period is not over yet, so its figures will still grow
 * @param sections the ranked lists, in the order they are shown
 * @param notes the administrator's notes on the period's months, oldest first
 * @param publication the published revision the report was taken from, or {@code null} when computed now
 */
@Serdeable
public record Report(String period, String type, boolean partial, List<RankedSection> sections,
                     List<Newcomer> newContributors, List<Newcomer> newMembers, List<ReportNote> notes,
                     @Nullable Publication publication) {

    public Report {
        sections = sections == null ? List.of() : List.copyOf(sections);
        newContributors = newContributors == null ? List.of() : List.copyOf(newContributors);
        newMembers = newMembers == null ? List.of() : List.copyOf(newMembers);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The same report, said to come from a published revision, with the notes as they stand now. */
    Report published(Publication from, List<ReportNote> currentNotes) {
        return new Report(period, type, partial, sections, newContributors, newMembers, currentNotes, from);
    }
}
