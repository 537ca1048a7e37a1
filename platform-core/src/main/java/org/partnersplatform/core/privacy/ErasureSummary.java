package org.partnersplatform.core.privacy;

import java.time.YearMonth;
import java.util.List;

/**
 * What an erasure did.
 *
 * @param memberIds the member erased and the members that had been merged into it
 * @param identities identities stripped of their personal fields
 * @param activitiesAnonymised activities kept without title, URL, evidence or attributes
 * @param activitiesRemoved activities deleted
 * @param revisedMonths published months that got a new revision because the person left their boards
 */
public record ErasureSummary(long memberId, List<Long> memberIds, ErasedActivities policy, int identities,
                             int activitiesAnonymised, int activitiesRemoved, int claimsDeleted,
                             int suggestionsDeleted, int rulesDeleted, List<YearMonth> revisedMonths) {
}
