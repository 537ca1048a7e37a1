package org.partnersplatform.core.payment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists payers and applies administrators' decisions: match a payer to an organization, mark it as an individual,
 * or unmatch it. A decision is recorded as {@code ADMIN}, which the automatic rules never change.
 */
@Singleton
public class PayerService {

    private static final Logger LOG = LoggerFactory.getLogger(PayerService.class);

    private final PayerRepository payers;
    private final OrganizationLookup lookup;
    private final JdbcOperations jdbc;
    private final Clock clock;

    PayerService(PayerRepository payers, OrganizationLookup lookup, JdbcOperations jdbc, Clock clock) {
        this.payers = payers;
        this.lookup = lookup;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every payer, or only those matched to no organization and not marked as individuals, oldest first. */
    @ReadOnly
    public List<PayerView> list(boolean unmatchedOnly) {
        String sql = "SELECT y.id, y.origin, y.account_id, y.name, y.email, y.website, o.slug, o.name,"
                + " y.matched_by, y.matched_at, y.individual,"
                + " (SELECT COUNT(*) FROM payment p WHERE p.payer_id = y.id)"
                + " FROM payer y LEFT JOIN organization o ON o.id = y.organization_id"
                + (unmatchedOnly ? " WHERE y.organization_id IS NULL AND y.individual = FALSE" : "")
                + " ORDER BY y.id";
        return jdbc.prepareStatement(sql, statement -> {
            List<PayerView> views = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(view(rows));
                }
            }
            return views;
        });
    }

    /** One payer. */
    @ReadOnly
    public PayerView get(long id) {
        payers.findById(id).orElseThrow(() -> new NotFoundException("no payer " + id));
        return list(false).stream().filter(view -> view.id() == id).findFirst().orElseThrow();
    }

    /**
     * Applies an administrator's decision.
     *
     * @throws NotFoundException if the payer or the organization is unknown
     * @throws InvalidRequestException if the decision names an organization and an individual at once
     */
    @Transactional
    public PayerView decide(long id, PayerDecision decision, String by) {
        Payer payer = payers.findById(id).orElseThrow(() -> new NotFoundException("no payer " + id));
        boolean named = decision.organization() != null && !decision.organization().isBlank();
        if (named && decision.individual()) {
            throw new InvalidRequestException("a payer is either an organization or an individual",
                    Map.of("individual", "cannot be true with an organization"));
        }
        Instant now = clock.instant();
        Payer decided;
        if (named) {
            OrganizationLookup.Found found = lookup.find(decision.organization());
            if (!found.found()) {
                throw new NotFoundException(found.problem());
            }
            decided = payer.withMatch(found.organization().id(), MatchedBy.ADMIN, now, false);
        } else {
            decided = payer.withMatch(null, MatchedBy.ADMIN, now, decision.individual());
        }
        payers.update(decided);
        LOG.info("Payer {} {} by {}", id, named ? "matched to " + decision.organization()
                : decision.individual() ? "marked as an individual" : "unmatched", by);
        return get(id);
    }

    private static PayerView view(ResultSet rows) throws SQLException {
        String matchedBy = rows.getString(9);
        OffsetDateTime matchedAt = rows.getObject(10, OffsetDateTime.class);
        return new PayerView(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                matchedBy == null ? null : MatchedBy.valueOf(matchedBy),
                matchedAt == null ? null : matchedAt.toInstant(), rows.getBoolean(11), rows.getInt(12));
    }
}
