package org.partnersplatform.core.publication;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What moved on one board between two revisions: rows that entered or left it, rows whose rank, score or name
 * changed. Rows are identified by their slug.
 */
@Serdeable
public record BoardChanges(String board, List<PublishedEntry> added, List<PublishedEntry> removed, List<Move> moved,
                           List<Rescore> rescored, List<Rename> renamed) {

    public BoardChanges {
        added = copy(added);
        removed = copy(removed);
        moved = copy(moved);
        rescored = copy(rescored);
        renamed = copy(renamed);
    }

    /** Whether nothing changed on the board. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && rescored.isEmpty() && renamed.isEmpty();
    }

    /** The changes as sentences for people: "Acme moved from 2nd to 1st", "Globex: score 12 → 9". */
    public List<String> sentences() {
        List<String> lines = new ArrayList<>();
        added.forEach(e -> lines.add(e.name() + " entered at " + ordinal(e.rank()) + " with a score of "
                + e.score().toPlainString()));
        removed.forEach(e -> lines.add(e.name() + " left the board (was " + ordinal(e.rank()) + " with a score of "
                + e.score().toPlainString() + ")"));
        moved.forEach(m -> lines.add(m.name() + " moved from " + ordinal(m.rankBefore()) + " to "
                + ordinal(m.rankAfter())));
        rescored.forEach(r -> lines.add(r.name() + ": score " + r.scoreBefore().toPlainString() + " → "
                + r.scoreAfter().toPlainString() + (r.contributionsBefore() == r.contributionsAfter() ? ""
                : " (contributions " + r.contributionsBefore() + " → " + r.contributionsAfter() + ")")));
        renamed.forEach(r -> lines.add(r.nameBefore() + " is now named " + r.nameAfter()));
        return lines;
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A row ranked differently. */
    @Serdeable
    public record Move(String slug, String name, int rankBefore, int rankAfter) {
    }

    /** A row whose score or number of contributions changed. */
    @Serdeable
    public record Rescore(String slug, String name, BigDecimal scoreBefore, BigDecimal scoreAfter,
                          long contributionsBefore, long contributionsAfter) {
    }

    /** A row whose name changed (an organization renamed, a person erased). */
    @Serdeable
    public record Rename(String slug, String nameBefore, String nameAfter) {
    }
}
