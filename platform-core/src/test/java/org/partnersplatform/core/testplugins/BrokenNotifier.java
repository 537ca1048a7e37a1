package org.partnersplatform.core.testplugins;

import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;

/** A notifier whose descriptor throws: the host must fail its plugin alone. Listed in the jar's index. */
public final class BrokenNotifier implements Notifier {

    public static final String MESSAGE = "the descriptor of this test notifier is deliberately broken";

    @Override
    public NotifierDescriptor descriptor() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void deliver(Notification notification, SourceConfig config, SourceContext context) {
        throw new UnsupportedOperationException("never delivers");
    }
}
