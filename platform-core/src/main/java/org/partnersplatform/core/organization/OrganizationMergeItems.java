package org.partnersplatform.core.organization;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** What an organization merge moved or made, one row per item, so that undoing it restores exactly the state before. */
@Singleton
class OrganizationMergeItems {

    /** What an item is: moved from the source to the target, or the alias made of the source's name. */
    enum Kind {
        DOMAIN,
        ALIAS,
        NAME_ALIAS,
        AFFILIATION
    }

    record Item(Kind kind, long itemId) {
    }

    private final JdbcOperations jdbc;

    OrganizationMergeItems(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void add(long mergeId, Kind kind, long itemId) {
        jdbc.prepareStatement("INSERT INTO organization_merge_item (merge_id, kind, item_id) VALUES (?, ?, ?)",
                statement -> {
                    statement.setLong(1, mergeId);
                    statement.setString(2, kind.name());
                    statement.setLong(3, itemId);
                    return statement.executeUpdate();
                });
    }

    List<Item> of(long mergeId) {
        return jdbc.prepareStatement("SELECT kind, item_id FROM organization_merge_item WHERE merge_id = ?"
                + " ORDER BY kind, item_id", statement -> {
                    statement.setLong(1, mergeId);
                    List<Item> items = new ArrayList<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            items.add(new Item(Kind.valueOf(result.getString(1)), result.getLong(2)));
                        }
                    }
                    return items;
                });
    }
}
