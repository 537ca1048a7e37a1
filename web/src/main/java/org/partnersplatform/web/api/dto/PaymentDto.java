package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.partnersplatform.core.payment.PaymentView;

/** A payment: amount and currency, the amount in US dollars (null while no rate is known) and the rate's source. */
@Serdeable
public record PaymentDto(long id, String origin, String paymentKey, @Nullable Long installationId, long payerId,
                         @Nullable String payer, @Nullable String organization,
                         @Nullable String organizationName, BigDecimal amount, String currency,
                         @Nullable BigDecimal usdAmount, @Nullable BigDecimal usdRate, @Nullable String rateBasis,
                         Instant paidAt, String recurrence, @Nullable String tier, @Nullable String note,
                         @Nullable String enteredBy) {

    public static PaymentDto of(PaymentView view) {
        return new PaymentDto(view.id(), view.origin(), view.paymentKey(), view.installationId(), view.payerId(),
                view.payerName(), view.organizationSlug(), view.organizationName(), view.amount(), view.currency(),
                view.usdAmount(), view.usdRate(), view.rateBasis(), view.paidAt(),
                view.recurrence().name().toLowerCase(Locale.ROOT), view.tier(), view.note(), view.enteredBy());
    }
}
