package org.partnersplatform.core.organization;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.DomainAffiliations;

/**
 * After organization domains changed: the people with an email on those domains (or their subdomains) get their
 * automatic affiliations derived again, and their activities recomputed. Affiliations a person set, and locked,
 * merged or erased members, are left as they are ({@link DomainAffiliations#rederive}).
 */
@Singleton
class DomainChanges {

    private final JdbcOperations jdbc;
    private final DomainAffiliations domainAffiliations;
    private final AttributionRecompute recompute;

    DomainChanges(JdbcOperations jdbc, DomainAffiliations domainAffiliations, AttributionRecompute recompute) {
        this.jdbc = jdbc;
        this.domainAffiliations = domainAffiliations;
        this.recompute = recompute;
    }

    /**
     * Re-applies the domain rule, in the caller's transaction.
     *
     * @param domains the domains added, removed or moved
     * @param alsoMembers members to include whatever their emails (those whose affiliations were just changed)
     * @param reason what changed, for the record of published months
     */
    void reapply(Collection<String> domains, Collection<Long> alsoMembers, String reason) {
        Set<Long> members = new TreeSet<>(alsoMembers);
        for (String domain : domains) {
            members.addAll(membersOn(domain));
        }
        Set<Long> touched = new TreeSet<>(alsoMembers);
        touched.addAll(domainAffiliations.rederive(members));
        recompute.members(touched, reason);
    }

    private Set<Long> membersOn(String domain) {
        return jdbc.prepareStatement("SELECT DISTINCT member_id FROM identity"
                + " WHERE LOWER(email) LIKE ? OR LOWER(email) LIKE ?", statement -> {
                    statement.setString(1, "%@" + domain);
                    statement.setString(2, "%." + domain);
                    Set<Long> ids = new TreeSet<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            ids.add(result.getLong(1));
                        }
                    }
                    return ids;
                });
    }
}
