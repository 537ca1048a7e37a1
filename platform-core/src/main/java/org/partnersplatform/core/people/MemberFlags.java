package org.partnersplatform.core.people;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.AttributionChanged;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An administrator's flags on a member: locked (automatic rules never change it) and bot (left out of rankings). A
 * bot flag changes the rankings of every month the member was active in, which are announced like a change of
 * attribution so that published months get a new revision.
 */
@Singleton
public class MemberFlags {

    private static final Logger LOG = LoggerFactory.getLogger(MemberFlags.class);

    private final MemberRepository members;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;
    private final ApplicationEventPublisher<AttributionChanged> events;

    MemberFlags(MemberRepository members, JdbcOperations jdbc, DeploymentTime time,
                ApplicationEventPublisher<AttributionChanged> events) {
        this.members = members;
        this.jdbc = jdbc;
        this.time = time;
        this.events = events;
    }

    @Transactional
    public Member setLocked(long memberId, boolean locked, String by) {
        active(memberId);
        members.updateLocked(memberId, locked);
        LOG.info("Member {} {} by {}", memberId, locked ? "locked" : "unlocked", by);
        return members.findById(memberId).orElseThrow();
    }

    @Transactional
    public Member setBot(long memberId, boolean bot, String by) {
        Member member = active(memberId);
        if (member.bot() != bot) {
            members.updateBot(memberId, bot);
            Set<YearMonth> months = activeMonths(memberId);
            if (!months.isEmpty()) {
                events.publishEvent(new AttributionChanged(months, "member #" + memberId
                        + (bot ? " flagged as a bot" : " no longer flagged as a bot")));
            }
            LOG.info("Member {} {} by {}", memberId, bot ? "flagged as a bot" : "no longer flagged as a bot", by);
        }
        return members.findById(memberId).orElseThrow();
    }

    private Member active(long memberId) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("there is no member #" + memberId));
        if (!member.active()) {
            throw new ConflictException("member #" + memberId + " was merged or erased: change the member it was"
                    + " merged into instead");
        }
        return member;
    }

    private Set<YearMonth> activeMonths(long memberId) {
        return jdbc.prepareStatement("SELECT occurred_at FROM activity WHERE member_id = ?", statement -> {
            statement.setLong(1, memberId);
            Set<YearMonth> months = new TreeSet<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    months.add(YearMonth.from(time.dayOf(row.getTimestamp(1).toInstant())));
                }
            }
            return months;
        });
    }
}
