package org.partnersplatform.plugins.notify.email;

import org.partnersplatform.api.notify.Notification;

/** The text/plain part: the notification's text, its fields one a line, and its link. */
final class PlainTextBody {

    private PlainTextBody() {
    }

    static String render(Notification notification) {
        StringBuilder out = new StringBuilder(notification.text().strip()).append("\n");
        if (!notification.fields().isEmpty()) {
            out.append('\n');
            notification.fields().forEach((name, value) -> out.append(name).append(": ").append(value).append('\n'));
        }
        if (notification.link() != null) {
            out.append('\n').append(notification.link()).append('\n');
        }
        return out.toString();
    }
}
