package org.partnersplatform.core.publication;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.partnersplatform.core.identity.AttributionChanged;

/**
 * Turns a change of attribution into new revisions of the published months it touched, inside the transaction that
 * made the change: the change and its revision are committed together or not at all.
 */
@Singleton
public class MonthRevisionListener {

    private final MonthPublisher publisher;

    MonthRevisionListener(MonthPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    public void onAttributionChanged(AttributionChanged event) {
        publisher.revise(event.months(), event.reason());
    }
}
