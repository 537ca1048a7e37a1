package org.partnersplatform.core.testplugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Properties;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notification;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.api.notify.NotifierDescriptor;

/**
 * A notifier that writes each notification's title to its log, except on the channels {@value #REJECTING} (refused
 * for good), {@value #DOWN} (temporarily unavailable) and {@value #BUSY} (rate limited for {@value #BUSY_MINUTES}
 * minutes). Its id comes from {@value #ID_RESOURCE} in its jar, so
 * several jars can carry it, one of them with an id another plugin already uses. Listed in the jars' own index.
 */
public final class ScriptedNotifier implements Notifier {

    public static final String ID_RESOURCE = "scripted-notifier.properties";
    public static final String NAME = "Scripted notifier";
    /** The channel that refuses every notification for good. */
    public static final String REJECTING = "rejecting";
    /** The channel that is always temporarily unavailable. */
    public static final String DOWN = "down";
    /** The channel that always asks to wait {@value #BUSY_MINUTES} minutes. */
    public static final String BUSY = "busy";
    public static final int BUSY_MINUTES = 42;

    private final NotifierDescriptor descriptor;

    public ScriptedNotifier() {
        this.descriptor = new NotifierDescriptor(notifierId(), NAME, "Logs each notification's title",
                ConfigSchema.of(ConfigField.builder("channel", ConfigType.STRING).required().build()));
    }

    @Override
    public NotifierDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void deliver(Notification notification, SourceConfig config, SourceContext context) {
        switch (config.string("channel")) {
            case REJECTING -> throw new DeliveryRejectedException("the channel refused " + notification.id());
            case DOWN -> throw new TemporarilyUnavailableException("the channel is down");
            case BUSY -> throw new RateLimitedException("the channel is busy",
                    context.clock().instant().plus(Duration.ofMinutes(BUSY_MINUTES)));
            default -> context.logger().info("{}: {}", config.string("channel"), notification.title());
        }
    }

    private String notifierId() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ID_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(ID_RESOURCE + " is missing from the jar of this test notifier");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("id");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
