package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.partnersplatform.core.partnership.PartnerView;

/** A partnership: status, since when, tier, months below the practical minimum, the last month evaluated. */
@Serdeable
public record PartnerDto(String organization, String name, String status, LocalDate since, @Nullable String tier,
                         @Nullable String tierLabel, int monthsBelow, @Nullable String lastMonth) {

    public static PartnerDto of(PartnerView view) {
        return new PartnerDto(view.organizationSlug(), view.organizationName(), view.status().name(), view.since(),
                view.tier(), view.tierLabel(), view.monthsBelow(), view.lastMonth());
    }
}
