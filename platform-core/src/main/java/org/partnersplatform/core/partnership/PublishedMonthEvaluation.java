package org.partnersplatform.core.partnership;

import io.micronaut.core.propagation.PropagatedContext;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.partnersplatform.core.publication.MonthPublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the partner lifecycle for a month once it is published (by the scheduled close or an administrator), on a
 * thread of its own so that publishing never waits for it or fails because of it. A failure is logged; the next
 * evaluation (an administrator's, or the next month's, which catches up) does the month.
 */
@Singleton
class PublishedMonthEvaluation {

    private static final Logger LOG = LoggerFactory.getLogger(PublishedMonthEvaluation.class);

    private final PartnerLifecycle lifecycle;

    PublishedMonthEvaluation(PartnerLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * The event arrives inside the publishing transaction, and {@code @Async} carries the caller's propagated context
     * (its connection and transaction) to this thread; the evaluation starts from an empty context so that it opens a
     * transaction and a connection of its own.
     */
    @EventListener
    @Async
    public void onMonthPublished(MonthPublished event) {
        try (PropagatedContext.Scope ignored = PropagatedContext.empty().propagate()) {
            lifecycle.evaluate(event.month());
        } catch (RuntimeException e) {
            LOG.warn("Evaluating partners for {} after it was published failed; evaluate it from the partners page",
                    event.month(), e);
        }
    }
}
