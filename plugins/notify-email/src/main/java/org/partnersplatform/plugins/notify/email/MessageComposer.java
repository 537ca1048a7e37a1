package org.partnersplatform.plugins.notify.email;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.partnersplatform.api.notify.Notification;

/**
 * Turns a notification into a multipart/alternative message: plain text first, then HTML, which clients prefer when
 * they can show it. The {@code Message-ID} is derived from the notification's id and the sender's domain.
 */
final class MessageComposer {

    private MessageComposer() {
    }

    /** The {@code Message-ID} of every delivery of this notification from this sender. */
    static String messageId(Notification notification, EmailSettings settings) {
        return "<partners." + notification.id() + "@" + settings.fromDomain() + ">";
    }

    static MimeMessage compose(Session session, Notification notification, EmailSettings settings, Instant now)
            throws MessagingException {
        MimeMessage message = new NotificationMessage(session, messageId(notification, settings));
        message.setFrom(settings.from());
        message.setRecipients(Message.RecipientType.TO, settings.to().toArray(new InternetAddress[0]));
        message.setSubject(settings.subject(notification.title()), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(now));
        // RFC 3834: an automatic message, which out-of-office responders must not answer.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Partners-Notification-Kind", notification.kind());

        MimeBodyPart text = new MimeBodyPart();
        text.setText(PlainTextBody.render(notification), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(HtmlBody.render(notification), StandardCharsets.UTF_8.name(), "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();
        return message;
    }
}
