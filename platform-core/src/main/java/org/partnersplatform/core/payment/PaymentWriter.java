package org.partnersplatform.core.payment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Upserts a validated payment and its payer, in the caller's transaction: the payer by (origin, account id), its
 * automatic match refreshed; the payment by (origin, payment key), converted to US dollars on its day. The same
 * content leaves both untouched; a change updates them in place.
 */
@Singleton
class PaymentWriter {

    private final PayerRepository payers;
    private final PaymentRepository payments;
    private final PayerMatching matching;
    private final ExchangeRates rates;
    private final DeploymentTime time;
    private final Clock clock;

    PaymentWriter(PayerRepository payers, PaymentRepository payments, PayerMatching matching, ExchangeRates rates,
                  DeploymentTime time, Clock clock) {
        this.payers = payers;
        this.payments = payments;
        this.matching = matching;
        this.rates = rates;
        this.time = time;
        this.clock = clock;
    }

    /**
     * What {@link #write} would do with the payment; nothing is changed.
     *
     * @param organizationId the organization an administrator says the payer is, or {@code null} to leave it
     */
    PaymentChange preview(Entry entry, @Nullable Long organizationId) {
        Optional<Payer> payer = payers.findByOriginAndAccountId(entry.origin(),
                entry.record().payer().sourceAccountId());
        Optional<Payment> payment = payments.findByOriginAndPaymentKey(entry.origin(), entry.record().paymentId());
        if (payment.isEmpty()) {
            return PaymentChange.CREATED;
        }
        boolean same = payer.isPresent() && sameDetails(payer.get(), entry.record())
                && (organizationId == null ? matching.refresh(payer.get(), clock.instant()).equals(payer.get())
                        : adminMatched(payer.get(), organizationId))
                && samePayment(payment.get(), entry, payer.get().id());
        return same ? PaymentChange.UNCHANGED : PaymentChange.UPDATED;
    }

    /**
     * Stores the payment.
     *
     * @param organizationId the organization an administrator says the payer is, or {@code null} to leave it
     */
    Written write(Entry entry, @Nullable Long organizationId) {
        Instant now = clock.instant();
        PaymentRecord record = entry.record();
        org.partnersplatform.api.finance.Payer reported = record.payer();
        Optional<Payer> found = payers.findByOriginAndAccountId(entry.origin(), reported.sourceAccountId());
        boolean payerChanged = found.isEmpty() || !sameDetails(found.get(), record);
        Payer payer = found.map(p -> p.withDetails(blankToNull(reported.name()), blankToNull(reported.email()),
                        blankToNull(reported.website())))
                .orElseGet(() -> new Payer(null, entry.origin(), reported.sourceAccountId(),
                        blankToNull(reported.name()), blankToNull(reported.email()), blankToNull(reported.website()),
                        null, null, null, false, now));
        Payer matched = organizationId == null ? matching.refresh(payer, now)
                : adminMatched(payer, organizationId) ? payer : payer.withMatch(organizationId, MatchedBy.ADMIN, now,
                        false);
        payerChanged |= !matched.equals(payer) || found.isEmpty();
        Payer storedPayer = !payerChanged ? found.get()
                : matched.id() == null ? payers.save(matched) : payers.update(matched);
        Optional<Payment> existing = payments.findByOriginAndPaymentKey(entry.origin(), record.paymentId());
        if (existing.isPresent() && samePayment(existing.get(), entry, storedPayer.id())) {
            return new Written(existing.get(), payerChanged ? PaymentChange.UPDATED : PaymentChange.UNCHANGED);
        }
        Conversion conversion = rates.convert(record.amount(), record.currency(), time.dayOf(record.paidAt()));
        if (existing.isEmpty()) {
            Payment saved = payments.save(new Payment(null, entry.origin(), record.paymentId(),
                    entry.installationId(), storedPayer.id(), record.amount(), record.currency().getCurrencyCode(),
                    conversion.usdAmount(), conversion.usdRate(), conversion.basis(), record.paidAt(),
                    record.interval(), blankToNull(record.tier()), entry.note(), entry.enteredBy(), now, now));
            return new Written(saved, PaymentChange.CREATED);
        }
        Payment before = existing.get();
        Payment updated = payments.update(new Payment(before.id(), entry.origin(), record.paymentId(),
                entry.installationId(), storedPayer.id(), record.amount(), record.currency().getCurrencyCode(),
                conversion.usdAmount(), conversion.usdRate(), conversion.basis(), record.paidAt(), record.interval(),
                blankToNull(record.tier()), entry.note(), entry.enteredBy() == null ? before.enteredBy()
                : entry.enteredBy(), before.createdAt(), now));
        return new Written(updated, PaymentChange.UPDATED);
    }

    private static boolean adminMatched(Payer payer, long organizationId) {
        return payer.matchedBy() == MatchedBy.ADMIN && Objects.equals(payer.organizationId(), organizationId)
                && !payer.individual();
    }

    private static boolean sameDetails(Payer payer, PaymentRecord record) {
        org.partnersplatform.api.finance.Payer reported = record.payer();
        return Objects.equals(payer.name(), blankToNull(reported.name()))
                && Objects.equals(payer.email(), blankToNull(reported.email()))
                && Objects.equals(payer.website(), blankToNull(reported.website()));
    }

    private static boolean samePayment(Payment payment, Entry entry, Long payerId) {
        PaymentRecord record = entry.record();
        return payment.amount().compareTo(record.amount()) == 0
                && payment.currency().equals(record.currency().getCurrencyCode())
                && payment.paidAt().equals(record.paidAt())
                && payment.recurrence() == record.interval()
                && Objects.equals(payment.tier(), blankToNull(record.tier()))
                && Objects.equals(payment.payerId(), payerId)
                && Objects.equals(payment.installationId(), entry.installationId())
                && Objects.equals(payment.note(), entry.note());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A payment to store and where it comes from.
     *
     * @param origin the finance source's id, {@code csv} or {@code manual}
     * @param installationId the installation whose run read it, or {@code null}
     * @param enteredBy the user who imported or entered it, or {@code null} for a run
     */
    record Entry(String origin, @Nullable Long installationId, PaymentRecord record, @Nullable String note,
                 @Nullable String enteredBy) {
    }

    /** The stored payment and what storing it did. */
    record Written(Payment payment, PaymentChange change) {
    }
}
