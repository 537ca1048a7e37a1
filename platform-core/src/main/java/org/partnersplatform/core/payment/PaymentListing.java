package org.partnersplatform.core.payment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.time.DeploymentTime;

/** Lists payments, newest first, with their payers and organizations. */
@Singleton
public class PaymentListing {

    static final int MAX_LIMIT = 1000;

    private final JdbcOperations jdbc;
    private final OrganizationRepository organizations;
    private final DeploymentTime time;

    PaymentListing(JdbcOperations jdbc, OrganizationRepository organizations, DeploymentTime time) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.time = time;
    }

    /**
     * The payments the filter selects.
     *
     * @throws NotFoundException if the filter names an unknown organization
     */
    @ReadOnly
    public List<PaymentView> list(PaymentFilter filter) {
        if (filter.limit() < 1 || filter.limit() > MAX_LIMIT || filter.offset() < 0) {
            throw new InvalidRequestException("the page is out of range", Map.of("limit",
                    "is between 1 and " + MAX_LIMIT, "offset", "is 0 or more"));
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (filter.organization() != null && !filter.organization().isBlank()) {
            Organization organization = organizations.findBySlug(filter.organization().strip())
                    .orElseThrow(() -> new NotFoundException("no organization " + filter.organization().strip()));
            where.append(" AND y.organization_id = ?");
            parameters.add(organization.id());
        }
        if (filter.unmatched()) {
            where.append(" AND y.organization_id IS NULL AND y.individual = FALSE");
        }
        if (filter.unconverted()) {
            where.append(" AND p.usd_amount IS NULL");
        }
        if (filter.month() != null) {
            where.append(" AND p.paid_at >= ? AND p.paid_at < ?");
            parameters.add(Timestamp.from(time.startOf(filter.month())));
            parameters.add(Timestamp.from(time.startOf(filter.month().plusMonths(1))));
        }
        parameters.add(filter.limit());
        parameters.add(filter.offset());
        return query(where + " ORDER BY p.paid_at DESC, p.id DESC LIMIT ? OFFSET ?", parameters);
    }

    /** One payment. */
    @ReadOnly
    public PaymentView get(long id) {
        return query(" WHERE p.id = ?", List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no payment " + id));
    }

    private List<PaymentView> query(String condition, List<Object> parameters) {
        String sql = "SELECT p.id, p.origin, p.payment_key, p.installation_id, p.payer_id, y.name, o.slug, o.name,"
                + " p.amount, p.currency, p.usd_amount, p.usd_rate, p.rate_basis, p.paid_at, p.recurrence, p.tier,"
                + " p.note, p.entered_by FROM payment p JOIN payer y ON y.id = p.payer_id"
                + " LEFT JOIN organization o ON o.id = y.organization_id" + condition;
        return jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<PaymentView> views = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    views.add(view(rows));
                }
            }
            return views;
        });
    }

    private static PaymentView view(ResultSet rows) throws SQLException {
        long installation = rows.getLong(4);
        Long installationId = rows.wasNull() ? null : installation;
        return new PaymentView(rows.getLong(1), rows.getString(2), rows.getString(3), installationId,
                rows.getLong(5), rows.getString(6), rows.getString(7), rows.getString(8), rows.getBigDecimal(9),
                rows.getString(10), rows.getBigDecimal(11), rows.getBigDecimal(12), rows.getString(13),
                rows.getObject(14, OffsetDateTime.class).toInstant(), RecurringInterval.valueOf(rows.getString(15)),
                rows.getString(16), rows.getString(17), rows.getString(18));
    }
}
