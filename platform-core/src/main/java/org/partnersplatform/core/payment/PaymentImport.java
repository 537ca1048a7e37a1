package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.core.affiliation.CsvTable;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports payments from a CSV file ({@code payment_id,payer,payer_email,payer_website,amount,currency,paid_on,
 * recurrence,tier,organization}; the first five required, other columns ignored) with origin {@code csv}. A dry run
 * reports what each row would do and changes nothing; applying stores the CREATE and UPDATE rows in one transaction
 * and skips the others. A row naming an organization (slug, alias or name) matches its payer to it as an
 * administrator would. Importing the same file again leaves every row UNCHANGED.
 */
@Singleton
public class PaymentImport {

    static final String ORIGIN = "csv";
    private static final List<String> REQUIRED = List.of("payment_id", "payer", "amount", "currency", "paid_on");
    private static final List<String> OPTIONAL = List.of("payer_email", "payer_website", "recurrence", "tier",
            "organization");
    private static final Logger LOG = LoggerFactory.getLogger(PaymentImport.class);

    private final PaymentValidator validator;
    private final PaymentWriter writer;
    private final OrganizationLookup lookup;
    private final DeploymentTime time;

    PaymentImport(PaymentValidator validator, PaymentWriter writer, OrganizationLookup lookup, DeploymentTime time) {
        this.validator = validator;
        this.writer = writer;
        this.lookup = lookup;
        this.time = time;
    }

    /** What importing the file would do; nothing is changed. */
    @ReadOnly
    public PaymentImportReport dryRun(String csv) {
        return PaymentImportReport.of(false, plan(csv).stream().map(Planned::row).toList());
    }

    /**
     * Imports the file: the CREATE and UPDATE rows are stored, the others reported and skipped.
     *
     * @param by who imports, kept as the payments' {@code entered_by}
     */
    @Transactional
    public PaymentImportReport apply(String csv, String by) {
        List<PaymentImportRow> rows = new ArrayList<>();
        for (Planned planned : plan(csv)) {
            PaymentImportRow row = planned.row();
            if (planned.record() == null || row.outcome() == PaymentImportOutcome.UNCHANGED) {
                rows.add(row);
                continue;
            }
            PaymentWriter.Written written = writer.write(new PaymentWriter.Entry(ORIGIN, null, planned.record(),
                    null, by), planned.organizationId());
            rows.add(new PaymentImportRow(row.line(), row.values(), row.outcome(),
                    "payment #" + written.payment().id() + ": " + row.message()));
        }
        PaymentImportReport report = PaymentImportReport.of(true, rows);
        LOG.info("Payment import by {}: {} rows, {} created, {} updated", by, rows.size(),
                report.counts().get(PaymentImportOutcome.CREATE), report.counts().get(PaymentImportOutcome.UPDATE));
        return report;
    }

    private List<Planned> plan(String csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, REQUIRED, OPTIONAL);
        OrganizationLookup.Directory directory = lookup.directory();
        Map<String, Integer> keys = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            planned.add(plan(row, directory, keys));
        }
        return planned;
    }

    private Planned plan(CsvTable.Row row, OrganizationLookup.Directory directory, Map<String, Integer> keys) {
        Map<String, String> values = row.values();
        Map<String, String> problems = new LinkedHashMap<>();
        String key = values.get("payment_id");
        if (key.isEmpty()) {
            problems.put("payment_id", "is required");
        }
        String name = PaymentFields.text(values.get("payer"), 255, "payer", problems);
        if (name == null && !problems.containsKey("payer")) {
            problems.put("payer", "is required: the payer's name");
        }
        String email = PaymentFields.text(values.get("payer_email"), 320, "payer_email", problems);
        String website = PaymentFields.text(values.get("payer_website"), 1000, "payer_website", problems);
        BigDecimal amount = PaymentFields.amount(values.get("amount"), "amount", problems);
        Currency currency = PaymentFields.currency(values.get("currency"), "currency", problems);
        LocalDate day = PaymentFields.day(values.get("paid_on"), "paid_on", problems);
        RecurringInterval recurrence = PaymentFields.recurrence(values.get("recurrence"), "recurrence", problems);
        String tier = PaymentFields.text(values.get("tier"), 255, "tier", problems);
        if (!problems.isEmpty()) {
            return skip(row, PaymentImportOutcome.INVALID, describe(problems));
        }
        PaymentRecord record = new PaymentRecord(key, new Payer(PaymentFields.payerAccount(name, email), name, email,
                website), amount, currency, day.atStartOfDay(time.zone()).toInstant(), recurrence, tier);
        Optional<String> problem = validator.problem(record);
        if (problem.isPresent()) {
            return skip(row, PaymentImportOutcome.INVALID, problem.get());
        }
        Integer earlier = keys.putIfAbsent(key, row.line());
        if (earlier != null) {
            return skip(row, PaymentImportOutcome.INVALID, "the payment_id " + key + " is already on line " + earlier);
        }
        Long organizationId = null;
        String organizationText = values.get("organization");
        String organization = "";
        if (!organizationText.isEmpty()) {
            OrganizationLookup.Found found = directory.find(organizationText);
            if (!found.found()) {
                return skip(row, PaymentImportOutcome.UNKNOWN_ORGANIZATION, found.problem());
            }
            Organization matched = found.organization();
            organizationId = matched.id();
            organization = ", payer matched to " + matched.name() + " (" + matched.slug() + ")";
        }
        PaymentChange change = writer.preview(new PaymentWriter.Entry(ORIGIN, null, record, null, null),
                organizationId);
        PaymentImportOutcome outcome = switch (change) {
            case CREATED -> PaymentImportOutcome.CREATE;
            case UPDATED -> PaymentImportOutcome.UPDATE;
            case UNCHANGED -> PaymentImportOutcome.UNCHANGED;
        };
        String message = amount.toPlainString() + " " + currency.getCurrencyCode() + " from " + name + " on " + day
                + " (" + recurrence.name().toLowerCase(java.util.Locale.ROOT) + ")" + organization
                + (outcome == PaymentImportOutcome.UNCHANGED ? "; already stored as it is" : "");
        return new Planned(new PaymentImportRow(row.line(), values, outcome, message), record, organizationId);
    }

    private static String describe(Map<String, String> problems) {
        return String.join("; ", problems.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
    }

    private static Planned skip(CsvTable.Row row, PaymentImportOutcome outcome, String message) {
        return new Planned(new PaymentImportRow(row.line(), row.values(), outcome, message), null, null);
    }

    private record Planned(PaymentImportRow row, @Nullable PaymentRecord record, @Nullable Long organizationId) {
    }
}
