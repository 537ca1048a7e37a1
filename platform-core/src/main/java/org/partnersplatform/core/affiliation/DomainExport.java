package org.partnersplatform.core.affiliation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.List;

/** Exports organization domains as CSV, {@code organization,domain}, the organization by slug; it imports back. */
@Singleton
public class DomainExport {

    private final JdbcOperations jdbc;

    DomainExport(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The whole file, header included. */
    @ReadOnly
    public String csv() {
        StringBuilder out = new StringBuilder(Csv.line(DomainImport.COLUMNS));
        jdbc.prepareStatement("SELECT o.slug, d.domain FROM organization_domain d"
                + " JOIN organization o ON o.id = d.organization_id ORDER BY o.slug, d.domain", statement -> {
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            out.append(Csv.line(List.of(row.getString(1), row.getString(2))));
                        }
                    }
                    return out;
                });
        return out.toString();
    }
}
