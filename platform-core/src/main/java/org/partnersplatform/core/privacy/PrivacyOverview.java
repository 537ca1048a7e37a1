package org.partnersplatform.core.privacy;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.partnersplatform.core.identity.Member;

/**
 * What the privacy page shows about a member before anything is done.
 *
 * @param mergedMemberIds members merged into this one, erased with it
 * @param refusal why the member cannot be erased (merged into another, already erased), or null
 * @param policy what an erasure would do to the activities
 */
public record PrivacyOverview(Member member, List<Long> mergedMemberIds, long identities, long activities,
                              ErasedActivities policy, @Nullable String refusal, List<PrivacyEvent> events) {
}
