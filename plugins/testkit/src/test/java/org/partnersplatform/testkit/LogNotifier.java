package org.partnersplatform.testkit;

import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;

/** A notifier that only logs the title: enough for the loading checks to find one in a jar. */
public final class LogNotifier implements Notifier {

    static final String ID = "org.example.log";

    @Override
    public NotifierDescriptor descriptor() {
        return new NotifierDescriptor(ID, "Log", "Writes the title to the log", ConfigSchema.of());
    }

    @Override
    public void deliver(Notification notification, SourceConfig config, SourceContext context) {
        context.logger().info("{}", notification.title());
    }
}
