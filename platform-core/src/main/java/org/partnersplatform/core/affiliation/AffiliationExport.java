package org.partnersplatform.core.affiliation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Exports who works where as CSV, {@code email,name,organization,from,to,origin}: one row per email of a person and
 * affiliation (set-aside ones, and merged or erased people, left out), the organization by slug. The file imports
 * back as all UNCHANGED.
 */
@Singleton
public class AffiliationExport {

    private static final String SQL = "SELECT DISTINCT LOWER(i.email), m.display_name, o.slug, af.valid_from,"
            + " af.valid_to, af.origin, af.id FROM affiliation af JOIN member m ON m.id = af.member_id"
            + " JOIN identity i ON i.member_id = m.id JOIN organization o ON o.id = af.organization_id"
            + " WHERE i.email IS NOT NULL AND af.set_aside_by_merge_id IS NULL AND m.merged_into_id IS NULL"
            + " AND m.erased_at IS NULL ORDER BY 1, 4 NULLS FIRST, 7";

    private final JdbcOperations jdbc;

    AffiliationExport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole file, header included. */
    @ReadOnly
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(List.of("email", "name", "organization", "from", "to",
                "origin")));
        jdbc.prepareStatement(SQL, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    out.append(Csv.line(List.of(row.getString(1), Csv.text(row.getString(2)), row.getString(3),
                            date(row.getObject(4, LocalDate.class)), date(row.getObject(5, LocalDate.class)),
                            row.getString(6))));
                }
            }
            return out;
        });
        return out.toString();
    }

    private static String date(LocalDate date) {
        return Objects.toString(date, "");
    }
}
