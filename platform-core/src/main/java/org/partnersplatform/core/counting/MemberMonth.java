package org.partnersplatform.core.counting;

import java.time.YearMonth;

/**
 * One person's month, in the deployment's time zone: the unit {@link ActivityCounts} recomputes when activities
 * change.
 */
public record MemberMonth(long memberId, YearMonth month) implements Comparable<MemberMonth> {

    @Override
    public int compareTo(MemberMonth other) {
        int byMember = Long.compare(memberId, other.memberId);
        return byMember != 0 ? byMember : month.compareTo(other.month);
    }
}
