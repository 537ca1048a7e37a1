package org.partnersplatform.plugins.githubsponsors;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.finance.Payer;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.api.finance.RecurringInterval;
import org.partnersplatform.plugins.json.Json;

/**
 * Turns one sponsorship into the payments it stands for, since GitHub shows sponsorships and not charges: a one-time
 * sponsorship is one payment when it was made; a monthly one is a payment on the day it was made and on the same day
 * of each following month (the last day of a shorter month) while it lasts. It lasts until now when GitHub says it is
 * active; otherwise until the sponsor's first cancellation after it began, or, with none visible, only its first
 * month. Each payment's id is {@code <sponsorship id>:<YYYY-MM>} (the month in UTC), the same on every run.
 */
final class SponsorshipPayments {

    /** GitHub Sponsors charges in US dollars. */
    static final Currency USD = Currency.getInstance("USD");

    private SponsorshipPayments() {
    }

    /**
     * The sponsorship's payments up to {@code end} that {@code window} accepts, in date order.
     *
     * @param node the sponsorship as GitHub answers it
     * @param cancellations when each sponsor (by node id) cancelled, oldest first
     * @param end the end of the walk: no payment is later
     * @param window which payment dates the walk emits
     * @throws MalformedDataException when the sponsorship cannot be read or has no tier or visible sponsor
     */
    static List<PaymentRecord> of(Map<String, Object> node, Map<String, List<Instant>> cancellations, Instant end,
                                  Predicate<Instant> window) {
        String id = Json.requiredText(node, "id", "a sponsorship");
        String what = "the sponsorship " + id;
        Instant createdAt = Json.requiredInstant(node, "createdAt", what);
        Map<String, Object> tier = Json.object(node, "tier").orElseThrow(() ->
                new MalformedDataException(what + " has no tier GitHub shows to this token"));
        BigDecimal amount = BigDecimal.valueOf(Json.requiredLong(tier, "monthlyPriceInCents", "the tier of " + id), 2);
        Map<String, Object> sponsor = Json.object(node, "sponsorEntity").orElseThrow(() ->
                new MalformedDataException("the sponsor of " + id + " is not visible to this token"));
        String sponsorId = Json.requiredText(sponsor, "id", "the sponsor of " + id);
        Payer payer = new Payer(sponsorId,
                Json.text(sponsor, "name").or(() -> Json.text(sponsor, "login")).orElse(null),
                Json.text(sponsor, "email").orElse(null), Json.text(sponsor, "websiteUrl").orElse(null));
        String tierName = Json.text(tier, "name").orElse(null);

        if (Json.bool(node, "isOneTimePayment")) {
            return window.test(createdAt) && !createdAt.isAfter(end)
                    ? List.of(payment(id, payer, amount, createdAt, RecurringInterval.ONE_TIME, tierName))
                    : List.of();
        }
        Instant lastsUntil = Json.bool(node, "isActive") ? end
                : cancellation(cancellations, sponsorId, createdAt).orElse(createdAt);
        ZonedDateTime start = createdAt.atZone(ZoneOffset.UTC);
        List<PaymentRecord> payments = new ArrayList<>();
        for (int month = 0; ; month++) {
            Instant due = start.plusMonths(month).toInstant();
            if (due.isAfter(lastsUntil) || due.isAfter(end)) {
                return payments;
            }
            if (window.test(due)) {
                payments.add(payment(id, payer, amount, due, RecurringInterval.MONTHLY, tierName));
            }
        }
    }

    private static Optional<Instant> cancellation(Map<String, List<Instant>> cancellations, String sponsorId,
                                                  Instant createdAt) {
        return cancellations.getOrDefault(sponsorId, List.of()).stream()
                .filter(cancelled -> cancelled.isAfter(createdAt))
                .findFirst();
    }

    private static PaymentRecord payment(String sponsorshipId, Payer payer, BigDecimal amount, Instant paidAt,
                                         RecurringInterval interval, String tier) {
        String month = YearMonth.from(paidAt.atZone(ZoneOffset.UTC)).toString();
        return new PaymentRecord(sponsorshipId + ":" + month, payer, amount, USD, paidAt, interval, tier);
    }
}
