package org.partnersplatform.plugins.opencollective;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.plugins.json.Json;
import org.slf4j.Logger;

/**
 * One sync run over a collective's incoming contributions: the credit transactions of kind {@code CONTRIBUTION} on
 * the collective's account, oldest first, each read at or after the checkpoint's instant (Open Collective's {@code
 * dateFrom} is inclusive) and skipped when the checkpoint says it was read. Each page asks for the page size plus the
 * number of ids already read at that instant, so that it holds at least a page of new ones when there are.
 */
final class OpenCollectiveSession implements PagedSession<PaymentRecord> {

    static final String QUERY = """
            query PartnersContributions($slug: String!, $dateFrom: DateTime, $limit: Int!, $offset: Int!) {
              account(slug: $slug) {
                id
                slug
                transactions(type: CREDIT, kind: [CONTRIBUTION], dateFrom: $dateFrom, \
            orderBy: {field: CREATED_AT, direction: ASC}, limit: $limit, offset: $offset) {
                  offset
                  limit
                  totalCount
                  nodes {
                    id
                    kind
                    type
                    createdAt
                    isRefund
                    isRefunded
                    amount { value valueInCents currency }
                    fromAccount { id slug name type website }
                    order { id frequency tier { name } }
                  }
                }
              }
            }""";

    /** The most transactions one request asks for; the API allows 10,000, a smaller answer is read sooner. */
    private static final int MAX_LIMIT = 1000;

    private final OpenCollectiveSourceConfig config;
    private final OpenCollectiveClient client;
    private final Logger log;

    OpenCollectiveSession(OpenCollectiveSourceConfig config, SourceContext context) {
        this.config = config;
        this.client = new OpenCollectiveClient(context.http(), config.baseUrl(), config.token(),
                context.clock());
        this.log = context.logger();
    }

    @Override
    public Page<PaymentRecord> fetch(Checkpoint from) {
        OpenCollectiveCheckpoint position = OpenCollectiveCheckpoint.decode(from);
        int limit = Math.min(config.pageSize() + position.seen().size(), MAX_LIMIT);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("slug", config.collective());
        position.since().ifPresent(since -> variables.put("dateFrom", since.toString()));
        variables.put("limit", limit);
        variables.put("offset", 0);
        Map<String, Object> data = client.query(QUERY, variables);
        Map<String, Object> account = Json.object(data, "account").orElseThrow(() ->
                new InvalidConfigurationException(new ConfigProblem(OpenCollectiveSourceConfig.COLLECTIVE,
                        "Open Collective has no collective " + config.collective())));
        Map<String, Object> transactions = Json.requiredObject(account, "transactions", "the collective");
        List<Map<String, Object>> nodes = Json.objects(transactions, "nodes");
        long total = Json.requiredLong(transactions, "totalCount", "the transactions");

        List<PaymentRecord> payments = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        OpenCollectiveCheckpoint next = position;
        for (Map<String, Object> node : nodes) {
            String id = Json.requiredText(node, "id", "a transaction");
            Instant createdAt = Json.requiredInstant(node, "createdAt", "the transaction " + id);
            if (position.covers(createdAt, id)) {
                continue;
            }
            try {
                payment(node, id, createdAt).ifPresentOrElse(payments::add,
                        () -> rejected.add(new RejectedItem(id, notAPayment(node))));
            } catch (MalformedDataException | IllegalArgumentException e) {
                rejected.add(new RejectedItem(id, "the contribution cannot be read: " + e.getMessage()));
            }
            next = next.after(createdAt, id);
        }
        boolean hasMore = nodes.size() < total && !next.equals(position);
        log.debug("Open Collective {}: {} payments, {} rejected from {} transactions of {}", config.collective(),
                payments.size(), rejected.size(), nodes.size(), total);
        return new Page<>(payments, rejected, next.encode(), hasMore);
    }

    /** The payment a contribution is, or empty for a refund or an amount that is not positive. */
    private static Optional<PaymentRecord> payment(Map<String, Object> node, String id, Instant createdAt) {
        String what = "the transaction " + id;
        Map<String, Object> amount = Json.requiredObject(node, "amount", what);
        BigDecimal value = Json.decimal(amount, "valueInCents").map(cents -> cents.movePointLeft(2))
                .or(() -> Json.decimal(amount, "value"))
                .orElseThrow(() -> new MalformedDataException(what + " has no amount"));
        if (Json.bool(node, "isRefund") || Json.bool(node, "isRefunded") || value.signum() <= 0) {
            return Optional.empty();
        }
        Currency currency = Currency.getInstance(Json.requiredText(amount, "currency", what));
        Map<String, Object> from = Json.requiredObject(node, "fromAccount", what);
        Payer payer = new Payer(Json.requiredText(from, "id", "the contributor of " + id),
                Json.text(from, "name").or(() -> Json.text(from, "slug")).orElse(null), null,
                Json.text(from, "website").orElse(null));
        Optional<Map<String, Object>> order = Json.object(node, "order");
        RecurringInterval interval = order.flatMap(o -> Json.text(o, "frequency")).map(f -> switch (f) {
            case "MONTHLY" -> RecurringInterval.MONTHLY;
            case "YEARLY" -> RecurringInterval.YEARLY;
            default -> RecurringInterval.ONE_TIME;
        }).orElse(RecurringInterval.ONE_TIME);
        String tier = order.flatMap(o -> Json.object(o, "tier")).flatMap(t -> Json.text(t, "name")).orElse(null);
        return Optional.of(new PaymentRecord(id, payer, value, currency, createdAt, interval, tier));
    }

    private static String notAPayment(Map<String, Object> node) {
        if (Json.bool(node, "isRefund")) {
            return "a refund, not a payment";
        }
        if (Json.bool(node, "isRefunded")) {
            return "the contribution was refunded, so it is not counted as a payment";
        }
        return "the amount is not positive, so it is not a payment";
    }

    @Override
    public void close() {
        // Nothing to release: requests go through the core's client.
    }
}
