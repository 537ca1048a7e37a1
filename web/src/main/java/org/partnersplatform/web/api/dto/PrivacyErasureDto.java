package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Locale;
import org.partnersplatform.core.privacy.ErasureSummary;

/**
 * What an erasure did: the members erased (the one named and those merged into it), the identities stripped, the
 * activities anonymised or removed under the deployment's policy, the records about the person deleted and the
 * published months revised.
 */
@Serdeable
public record PrivacyErasureDto(long memberId, List<Long> erasedMemberIds, String policy, int identities,
                                int activitiesAnonymised, int activitiesRemoved, int claimsDeleted,
                                int suggestionsDeleted, int rulesDeleted, List<String> revisedMonths) {

    public static PrivacyErasureDto of(ErasureSummary summary) {
        return new PrivacyErasureDto(summary.memberId(), summary.memberIds(),
                summary.policy().name().toLowerCase(Locale.ROOT), summary.identities(),
                summary.activitiesAnonymised(), summary.activitiesRemoved(), summary.claimsDeleted(),
                summary.suggestionsDeleted(), summary.rulesDeleted(),
                summary.revisedMonths().stream().map(Object::toString).toList());
    }
}
