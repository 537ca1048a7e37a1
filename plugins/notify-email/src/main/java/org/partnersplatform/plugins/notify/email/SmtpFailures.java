package org.partnersplatform.plugins.notify.email;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;

/**
 * What an SMTP failure means for the core: a 4xx reply or a broken connection may pass (retry later); a 5xx reply to
 * an address, a refused login or a failed TLS set-up needs the settings fixed; a 5xx reply to the message itself gives
 * up on it. Messages quote the server's reply, never the password.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static SourceException typed(MessagingException e, EmailSettings settings) {
        String server = settings.host() + ":" + settings.port();
        if (e instanceof AuthenticationFailedException) {
            return new InvalidConfigurationException(new ConfigProblem(EmailSettings.PASSWORD,
                    "is refused with the username by " + server + " (" + reply(e) + ")"));
        }
        if (e instanceof MailConnectException) {
            return new TemporarilyUnavailableException("cannot connect to the SMTP server " + server + " ("
                    + rootCause(e) + "); is it running, and are the host and port right?", e);
        }
        List<SMTPAddressFailedException> refused = refusedRecipients(e);
        if (!refused.isEmpty()) {
            String replies = refused.stream().map(r -> r.getAddress().getAddress() + " (" + reply(r) + ")")
                    .collect(Collectors.joining(", "));
            if (refused.stream().anyMatch(r -> isPermanent(r.getReturnCode()))) {
                return new InvalidConfigurationException(new ConfigProblem(EmailSettings.TO,
                        "has addresses " + server + " refuses: " + replies));
            }
            return new TemporarilyUnavailableException(server + " deferred recipients: " + replies, e);
        }
        if (e instanceof SMTPSenderFailedException sender) {
            if (isPermanent(sender.getReturnCode())) {
                return new InvalidConfigurationException(new ConfigProblem(EmailSettings.FROM,
                        "is refused as sender by " + server + " (" + reply(e) + ")"));
            }
            return new TemporarilyUnavailableException(server + " deferred the sender (" + reply(e) + ")", e);
        }
        if (e instanceof SMTPSendFailedException sent) {
            if (isPermanent(sent.getReturnCode())) {
                return new DeliveryRejectedException(server + " refused the message (" + reply(e) + ")", e);
            }
            return new TemporarilyUnavailableException(server + " deferred the message (" + reply(e) + ")", e);
        }
        if (settings.security() == Security.STARTTLS && String.valueOf(e.getMessage()).contains("STARTTLS")) {
            return new InvalidConfigurationException(new ConfigProblem(EmailSettings.SECURITY,
                    "is starttls, but " + server + " does not offer STARTTLS; choose tls for a TLS port, or none for "
                            + "a relay on your own network"));
        }
        if (hasCause(e, SSLException.class)) {
            return new InvalidConfigurationException(new ConfigProblem(EmailSettings.SECURITY,
                    "the TLS connection to " + server + " failed (" + rootCause(e) + "); does this port speak "
                            + settings.security().key() + ", and does the server's certificate name this host?"));
        }
        if (hasCause(e, IOException.class)) {
            return new TemporarilyUnavailableException("the connection to " + server + " failed: " + rootCause(e), e);
        }
        return new TemporarilyUnavailableException("sending through " + server + " failed: " + reply(e), e);
    }

    /** Refused recipients come as a chain of exceptions behind a summary "Invalid Addresses". */
    private static List<SMTPAddressFailedException> refusedRecipients(MessagingException e) {
        List<SMTPAddressFailedException> refused = new ArrayList<>();
        for (Exception next = e; next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException address) {
                refused.add(address);
            }
        }
        return refused;
    }

    private static boolean isPermanent(int returnCode) {
        return returnCode >= 500;
    }

    private static String reply(Exception e) {
        return String.valueOf(e.getMessage()).strip();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.toString();
    }
}
