package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import org.partnersplatform.core.partnership.ApplicationReceipt;

/** A submitted application: the applicant keeps {@code statusUrl}, the only way to read the decision. */
@Serdeable
public record ApplicationReceiptDto(long id, String organization, String organizationName, String status,
                                    String statusToken, String statusUrl) {

    public static ApplicationReceiptDto of(ApplicationReceipt receipt) {
        return new ApplicationReceiptDto(receipt.id(), receipt.organizationSlug(), receipt.organizationName(),
                receipt.status().name(), receipt.statusToken(), "/partners/applications/" + receipt.statusToken());
    }
}
