package org.partnersplatform.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;

/**
 * A finance source over five monthly payments, read without HTTP; the index of the next payment is its checkpoint.
 * A {@link Flaw} makes it break one rule of the finance contract, to prove that the contract's checks can fail.
 */
final class ListFinanceSource implements FinanceSource {

    /** One rule of the finance contract the source breaks. */
    enum Flaw {
        NONE,
        REPEATS_LAST_PAYMENT_ON_RESUME,
        PAYMENT_AFTER_NOW,
        THREE_DECIMALS_IN_EUROS
    }

    static final int SIZE = 5;
    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("pageSize", ConfigType.INTEGER).defaultValue("2").build());
    private static final FinanceSourceDescriptor DESCRIPTOR = new FinanceSourceDescriptor("org.example.ledger",
            "Ledger", "Payments from a fixed list.", SCHEMA);

    private final Flaw flaw;

    ListFinanceSource(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public FinanceSourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PagedSession<PaymentRecord> open(SourceConfig config, SourceContext context) {
        int pageSize = (int) config.integer("pageSize");
        return new PagedSession<>() {
            @Override
            public Page<PaymentRecord> fetch(Checkpoint from) {
                int start = from.isStart() ? 0 : Integer.parseInt(from.token());
                if (flaw == Flaw.REPEATS_LAST_PAYMENT_ON_RESUME && start > 0) {
                    start--;
                }
                int end = Math.min(start + pageSize, SIZE);
                List<PaymentRecord> payments = new ArrayList<>();
                for (int i = start; i < end; i++) {
                    payments.add(payment(i, context));
                }
                return Page.of(payments, Checkpoint.of(String.valueOf(end)), end < SIZE);
            }

            @Override
            public void close() {
            }
        };
    }

    private PaymentRecord payment(int i, SourceContext context) {
        Instant paidAt = Instant.parse("2024-01-05T10:00:00Z").plusSeconds(i * 2_592_000L);
        if (flaw == Flaw.PAYMENT_AFTER_NOW && i == SIZE - 1) {
            paidAt = context.clock().instant().plusSeconds(86_400);
        }
        BigDecimal amount = flaw == Flaw.THREE_DECIMALS_IN_EUROS && i == 2 ? new BigDecimal("25.125")
                : new BigDecimal("25.00");
        return new PaymentRecord("payment-" + i, new Payer("acme", "Acme", null, "https://acme.example"), amount,
                Currency.getInstance("EUR"), paidAt, RecurringInterval.MONTHLY, "Backer");
    }
}
