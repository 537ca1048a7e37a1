package org.partnersplatform.core.privacy;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records each export and erasure in {@code privacy_event} and in the log, with ids only. */
@Singleton
public class PrivacyLog {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyLog.class);

    private final PrivacyEventRepository events;
    private final Clock clock;

    PrivacyLog(PrivacyEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    PrivacyEvent record(long memberId, PrivacyAction action, ErasedActivities policy, String by) {
        PrivacyEvent event = events.save(new PrivacyEvent(null, memberId, action, policy, by, clock.instant()));
        LOG.info("Privacy event {}: {} of member {}{}", event.id(), action, memberId,
                policy == null ? "" : " (activities: " + policy + ")");
        return event;
    }

    /** A member's privacy events, newest first. */
    public List<PrivacyEvent> of(long memberId) {
        return events.findByMemberIdOrderByIdDesc(memberId);
    }
}
