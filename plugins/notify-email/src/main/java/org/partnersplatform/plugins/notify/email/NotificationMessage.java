package org.partnersplatform.plugins.notify.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose {@code Message-ID} is fixed rather than random: Jakarta Mail replaces it on every {@code
 * saveChanges()}, and a repeated delivery of the same notification must carry the same id so that mail systems can
 * drop the duplicate.
 */
final class NotificationMessage extends MimeMessage {

    private final String messageId;

    NotificationMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
