package org.partnersplatform.core.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares two contents of a month board by board, matching rows by slug. */
final class MonthDiff {

    private MonthDiff() {
    }

    static MonthChanges between(MonthContent before, MonthContent after) {
        Set<String> keys = new LinkedHashSet<>(after.boards().keySet());
        keys.addAll(before.boards().keySet());
        List<BoardChanges> boards = new ArrayList<>();
        for (String key : keys) {
            BoardChanges changes = board(key, before.board(key), after.board(key));
            if (!changes.isEmpty()) {
                boards.add(changes);
            }
        }
        return new MonthChanges(MonthContent.FORMAT, boards);
    }

    private static BoardChanges board(String key, List<PublishedEntry> before, List<PublishedEntry> after) {
        Map<String, PublishedEntry> old = bySlug(before);
        Map<String, PublishedEntry> now = bySlug(after);
        List<PublishedEntry> added = after.stream().filter(e -> !old.containsKey(e.slug())).toList();
        List<PublishedEntry> removed = before.stream().filter(e -> !now.containsKey(e.slug())).toList();
        List<BoardChanges.Move> moved = new ArrayList<>();
        List<BoardChanges.Rescore> rescored = new ArrayList<>();
        List<BoardChanges.Rename> renamed = new ArrayList<>();
        for (PublishedEntry e : after) {
            PublishedEntry was = old.get(e.slug());
            if (was == null) {
                continue;
            }
            if (was.rank() != e.rank()) {
                moved.add(new BoardChanges.Move(e.slug(), e.name(), was.rank(), e.rank()));
            }
            if (was.score().compareTo(e.score()) != 0 || was.contributions() != e.contributions()) {
                rescored.add(new BoardChanges.Rescore(e.slug(), e.name(), was.score(), e.score(),
                        was.contributions(), e.contributions()));
            }
            if (!was.name().equals(e.name())) {
                renamed.add(new BoardChanges.Rename(e.slug(), was.name(), e.name()));
            }
        }
        return new BoardChanges(key, added, removed, moved, rescored, renamed);
    }

    private static Map<String, PublishedEntry> bySlug(List<PublishedEntry> entries) {
        return entries.stream().collect(Collectors.toMap(PublishedEntry::slug, Function.identity(), (a, b) -> a,
                LinkedHashMap::new));
    }
}
