package org.partnersplatform.plugins.notify.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.slf4j.Logger;

/**
 * Knows only SMTP: one connection per message, with timeouts, the security the settings name and the login when there
 * is one. Failures become the SPI's typed exceptions ({@link SmtpFailures}).
 */
final class SmtpClient {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    /** Builds the message once the session exists. */
    @FunctionalInterface
    interface Composer {
        MimeMessage compose(Session session) throws MessagingException;
    }

    private final EmailSettings settings;
    private final Logger logger;

    SmtpClient(EmailSettings settings, Logger logger) {
        this.settings = settings;
        this.logger = logger;
    }

    /** Composes and sends one message; returns once the server has accepted it for every recipient. */
    void send(Composer composer) {
        try {
            Session session = Session.getInstance(properties());
            MimeMessage message = composer.compose(session);
            Transport transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.username().orElse(null),
                    settings.password().orElse(null));
            try {
                transport.sendMessage(message, message.getAllRecipients());
            } catch (MessagingException e) {
                closeAfter(transport, e);
                throw e;
            }
            closeAfterSending(transport);
        } catch (MessagingException e) {
            throw SmtpFailures.typed(e, settings);
        }
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.timeout", Integer.toString(READ_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.writetimeout", Integer.toString(READ_TIMEOUT_MILLIS));
        properties.setProperty("mail.smtp.auth", Boolean.toString(settings.username().isPresent()));
        switch (settings.security()) {
            case STARTTLS -> {
                properties.setProperty("mail.smtp.starttls.enable", "true");
                properties.setProperty("mail.smtp.starttls.required", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                properties.setProperty("mail.smtp.ssl.enable", "true");
                properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case NONE -> {
            }
        }
        return properties;
    }

    private static void closeAfter(Transport transport, MessagingException failure) {
        try {
            transport.close();
        } catch (MessagingException e) {
            failure.addSuppressed(e);
        }
    }

    /** The message is accepted once sendMessage returns: a failed QUIT must not make the core send it again. */
    private void closeAfterSending(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            logger.warn("Closing the connection to {}:{} failed after the message was sent: {}", settings.host(),
                    settings.port(), e.getMessage());
        }
    }
}
