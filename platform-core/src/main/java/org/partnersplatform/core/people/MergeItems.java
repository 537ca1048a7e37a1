package org.partnersplatform.core.people;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rows of {@code member_merge_item}: what a merge moved, to be moved back when it is undone. */
@Singleton
class MergeItems {

    private final JdbcOperations jdbc;

    MergeItems(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void record(long mergeId, MergeItemKind kind, Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        jdbc.prepareStatement("INSERT INTO member_merge_item (merge_id, kind, item_id) VALUES (?, ?, ?)",
                statement -> {
                    for (Long itemId : itemIds) {
                        statement.setLong(1, mergeId);
                        statement.setString(2, kind.name());
                        statement.setLong(3, itemId);
                        statement.addBatch();
                    }
                    return statement.executeBatch();
                });
    }

    List<Long> of(long mergeId, MergeItemKind kind) {
        return jdbc.prepareStatement("SELECT item_id FROM member_merge_item WHERE merge_id = ? AND kind = ?"
                + " ORDER BY item_id", statement -> {
                    statement.setLong(1, mergeId);
                    statement.setString(2, kind.name());
                    List<Long> ids = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            ids.add(row.getLong(1));
                        }
                    }
                    return ids;
                });
    }
}
