package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.payment.PayerView;

/** A payer, the organization it is matched to and how (ADMIN, WEBSITE_DOMAIN, EMAIL_DOMAIN), and its payments. */
@Serdeable
public record PayerDto(long id, String origin, String accountId, @Nullable String name, @Nullable String email,
                       @Nullable String website, @Nullable String organization, @Nullable String organizationName,
                       @Nullable String matchedBy, @Nullable Instant matchedAt, boolean individual, int payments) {

    public static PayerDto of(PayerView view) {
        return new PayerDto(view.id(), view.origin(), view.accountId(), view.name(), view.email(), view.website(),
                view.organizationSlug(), view.organizationName(),
                view.matchedBy() == null ? null : view.matchedBy().name(), view.matchedAt(), view.individual(),
                view.payments());
    }
}
