package org.partnersplatform.core.privacy;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.time.DeploymentTime;

/** Reads what the privacy page of a member shows. */
@Singleton
public class PrivacyOverviews {

    private final MemberFamily family;
    private final Rows rows;
    private final PrivacyConfiguration configuration;
    private final PrivacyLog log;
    private final DeploymentTime time;

    PrivacyOverviews(MemberFamily family, Rows rows, PrivacyConfiguration configuration, PrivacyLog log,
                     DeploymentTime time) {
        this.family = family;
        this.rows = rows;
        this.configuration = configuration;
        this.log = log;
        this.time = time;
    }

    @ReadOnly
    public PrivacyOverview of(long memberId) {
        Member member = family.require(memberId);
        List<Long> ids = family.of(memberId);
        long identities = count("SELECT COUNT(*) AS n FROM identity WHERE member_id IN (?)", ids);
        long activities = count("SELECT COUNT(*) AS n FROM activity WHERE member_id IN (?)"
                + " OR identity_id IN (SELECT id FROM identity WHERE member_id IN (?))", ids, ids);
        return new PrivacyOverview(member, List.copyOf(ids.subList(1, ids.size())), identities, activities,
                configuration.policy(), PersonErasure.refusal(member, family.holder(member), time),
                log.of(memberId));
    }

    private long count(String sql, Object... parameters) {
        return (Long) rows.query(sql, parameters).get(0).get("n");
    }
}
