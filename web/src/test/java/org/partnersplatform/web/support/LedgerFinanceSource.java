package org.partnersplatform.web.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.pf4j.Extension;

/**
 * A test finance source whose payments are its {@code ledger} setting: one payment a line
 * ({@code id,account,name,email,website,amount,currency,instant,interval}), pages separated by a {@code ---} line,
 * the checkpoint being the number of pages read within a run. It reads the whole ledger on every run, as a source
 * without an order does: after the last page it hands back the start.
 */
@Extension
public class LedgerFinanceSource implements FinanceSource {

    public static final String ID = "org.partnersplatform.test.ledger";

    @Override
    public FinanceSourceDescriptor descriptor() {
        return new FinanceSourceDescriptor(ID, "Ledger", "Test finance source reading its settings",
                ConfigSchema.of(ConfigField.builder("ledger", ConfigType.TEXT).required().build()));
    }

    @Override
    public void validate(SourceConfig config) {
        if (!config.string("ledger").contains(",")) {
            throw new InvalidConfigurationException(new ConfigProblem("ledger", "has no payment lines"));
        }
    }

    @Override
    public PagedSession<PaymentRecord> open(SourceConfig config, SourceContext context) {
        String[] pages = config.string("ledger").split("\n---\n");
        return new PagedSession<>() {
            @Override
            public Page<PaymentRecord> fetch(Checkpoint from) {
                int page = from.isStart() ? 0 : Integer.parseInt(from.token());
                List<PaymentRecord> payments = new ArrayList<>();
                for (String line : pages[page].split("\n")) {
                    if (!line.isBlank()) {
                        String[] f = line.strip().split(",", -1);
                        payments.add(new PaymentRecord(f[0], new Payer(f[1], f[2], blank(f[3]), blank(f[4])),
                                new BigDecimal(f[5]), Currency.getInstance(f[6]), Instant.parse(f[7]),
                                RecurringInterval.valueOf(f[8]), null));
                    }
                }
                boolean more = page + 1 < pages.length;
                return Page.of(payments, more ? Checkpoint.of(String.valueOf(page + 1)) : Checkpoint.START, more);
            }

            @Override
            public void close() {
            }
        };
    }

    private static String blank(String value) {
        return value.isEmpty() ? null : value;
    }
}
