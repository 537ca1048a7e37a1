package org.partnersplatform.core.alert;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.partnersplatform.core.NotFoundException;

/**
 * Whether an organization is a partner of the program, the flag the {@link AlertKind#BELOW_MINIMUM} rule reads. Only
 * the partner lifecycle ({@code core.partnership.PartnerLifecycle}) sets it: approval sets it, delisting clears it.
 */
@Singleton
public class PartnerOrganizations {

    private final JdbcOperations jdbc;

    public PartnerOrganizations(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the organization of that slug is a partner. */
    @ReadOnly
    public boolean isPartner(String slug) {
        return jdbc.prepareStatement("SELECT partner FROM organization WHERE slug = ?", statement -> {
            statement.setString(1, slug);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new NotFoundException("no organization " + slug);
                }
                return rows.getBoolean(1);
            }
        });
    }

    /** Makes the organization of that slug a partner or not; returns the new value. For the partner lifecycle. */
    @Transactional
    public boolean setPartner(String slug, boolean partner) {
        int changed = jdbc.prepareStatement("UPDATE organization SET partner = ? WHERE slug = ?", statement -> {
            statement.setBoolean(1, partner);
            statement.setString(2, slug);
            return statement.executeUpdate();
        });
        if (changed == 0) {
            throw new NotFoundException("no organization " + slug);
        }
        return partner;
    }
}
