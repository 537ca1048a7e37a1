package org.partnersplatform.core.publication;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** What a revision changed against the one before, per board; empty for the first revision. */
@Serdeable
public record MonthChanges(int format, List<BoardChanges> boards) {

    public MonthChanges {
        boards = boards == null ? List.of() : List.copyOf(boards);
    }

    /** No change: the first revision's. */
    public static MonthChanges none() {
        return new MonthChanges(MonthContent.FORMAT, List.of());
    }

    public boolean isEmpty() {
        return boards.stream().allMatch(BoardChanges::isEmpty);
    }
}
