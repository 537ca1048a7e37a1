package org.partnersplatform.core.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a revision says moved, computed from two contents of a month. */
class MonthDiffTest {

    @Test
    void rowsThatEnterLeaveOrAreRenamedAreNamedInTheChanges() {
        MonthContent before = content(List.of(entry(1, "acme", "Acme", "12", 3), entry(2, "member-7", "Dave", "4", 4)));
        MonthContent after = content(List.of(entry(1, "acme", "Acme Corporation", "12", 3),
                entry(2, "initech", "Initech", "3.50", 2)));

        MonthChanges changes = MonthDiff.between(before, after);

        assertEquals(1, changes.boards().size());
        assertEquals(List.of("Initech entered at 2nd with a score of 3.5",
                "Dave left the board (was 2nd with a score of 4)", "Acme is now named Acme Corporation"),
                changes.boards().get(0).sentences());
    }

    @Test
    void equalContentsHaveNoChangesEvenWhenScoresAreWrittenDifferently() {
        MonthContent before = content(List.of(entry(1, "acme", "Acme", "10", 3)));
        MonthContent after = content(List.of(new PublishedEntry(1, "acme", "Acme", new BigDecimal("1E+1"), 3)));

        assertEquals(before, after);
        assertTrue(MonthDiff.between(before, after).isEmpty());
    }

    @Test
    void ranksReadAsOrdinals() {
        assertEquals(List.of("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"),
                List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101).stream().map(BoardChanges::ordinal).toList());
    }

    private static MonthContent content(List<PublishedEntry> organizations) {
        return new MonthContent(MonthContent.FORMAT, "2024-02", Map.of(MonthContent.ORGANIZATIONS, organizations),
                "test-1 · r1");
    }

    private static PublishedEntry entry(int rank, String slug, String name, String score, long contributions) {
        return new PublishedEntry(rank, slug, name, new BigDecimal(score), contributions);
    }
}
