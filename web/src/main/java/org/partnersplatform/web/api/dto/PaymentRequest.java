package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.partnersplatform.core.payment.ManualPaymentCommand;

/** A payment entered by hand: {@code paidOn} is YYYY-MM-DD, {@code recurrence} one_time, monthly or yearly. */
@Serdeable
public record PaymentRequest(@Nullable String payer, @Nullable String payerEmail, @Nullable String payerWebsite,
                             @Nullable BigDecimal amount, @Nullable String currency, @Nullable String paidOn,
                             @Nullable String recurrence, @Nullable String tier, @Nullable String organization,
                             @Nullable String note) {

    public ManualPaymentCommand toCommand() {
        return new ManualPaymentCommand(payer, payerEmail, payerWebsite, amount == null ? null : amount.toPlainString(),
                currency, paidOn, recurrence, tier, organization, note);
    }
}
