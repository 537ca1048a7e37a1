package org.partnersplatform.core.payment;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Stores a payment an administrator enters by hand: origin {@code manual}, a generated key, entered by them. */
@Singleton
public class ManualPayments {

    static final String ORIGIN = "manual";
    private static final Logger LOG = LoggerFactory.getLogger(ManualPayments.class);

    private final PaymentValidator validator;
    private final PaymentWriter writer;
    private final OrganizationLookup lookup;
    private final PaymentListing listing;
    private final DeploymentTime time;

    ManualPayments(PaymentValidator validator, PaymentWriter writer, OrganizationLookup lookup,
                   PaymentListing listing, DeploymentTime time) {
        this.validator = validator;
        this.writer = writer;
        this.lookup = lookup;
        this.listing = listing;
        this.time = time;
    }

    /**
     * Stores the payment.
     *
     * @throws InvalidRequestException naming each bad field
     * @throws NotFoundException if the organization is unknown
     */
    @Transactional
    public PaymentView enter(ManualPaymentCommand command, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = PaymentFields.text(command.payer(), 255, "payer", problems);
        if (name == null && !problems.containsKey("payer")) {
            problems.put("payer", "is required: the payer's name");
        }
        String email = PaymentFields.text(command.payerEmail(), 320, "payerEmail", problems);
        String website = PaymentFields.text(command.payerWebsite(), 1000, "payerWebsite", problems);
        PaymentValidator.websiteProblem(website).ifPresent(problem -> problems.put("payerWebsite", problem));
        if (email != null && !email.contains("@")) {
            problems.put("payerEmail", "is not an email address");
        }
        BigDecimal amount = PaymentFields.amount(command.amount(), "amount", problems);
        Currency currency = PaymentFields.currency(command.currency(), "currency", problems);
        LocalDate day = PaymentFields.day(command.paidOn(), "paidOn", problems);
        RecurringInterval recurrence = PaymentFields.recurrence(command.recurrence(), "recurrence", problems);
        String tier = PaymentFields.text(command.tier(), 255, "tier", problems);
        String note = PaymentFields.text(command.note(), 1000, "note", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the payment is not valid", problems);
        }
        PaymentRecord record = new PaymentRecord(UUID.randomUUID().toString(), new Payer(
                PaymentFields.payerAccount(name, email), name, email, website), amount, currency,
                day.atStartOfDay(time.zone()).toInstant(), recurrence, tier);
        validator.problem(record).ifPresent(problem -> {
            throw new InvalidRequestException("the payment is not valid", Map.of("payment", problem));
        });
        Long organizationId = null;
        if (command.organization() != null && !command.organization().isBlank()) {
            OrganizationLookup.Found found = lookup.find(command.organization());
            if (!found.found()) {
                throw new NotFoundException(found.problem());
            }
            organizationId = found.organization().id();
        }
        Payment payment = writer.write(new PaymentWriter.Entry(ORIGIN, null, record, note, by), organizationId)
                .payment();
        LOG.info("Payment #{} of {} {} entered by {}", payment.id(), amount.toPlainString(),
                currency.getCurrencyCode(), by);
        return listing.get(payment.id());
    }
}
