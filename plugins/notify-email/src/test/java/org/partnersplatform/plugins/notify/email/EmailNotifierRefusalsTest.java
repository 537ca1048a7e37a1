package org.partnersplatform.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.DeliveryRejectedException;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.testkit.TestSourceContext;

/** What the notifier makes of an SMTP server's refusals, played by a scripted server. */
class EmailNotifierRefusalsTest {

    private final ScriptedSmtpServer server = ScriptedSmtpServer.start();

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private void deliver() {
        new EmailNotifier().deliver(EmailTestData.activityDrop(), EmailTestData.plainSmtp(server.port(), Map.of()),
                TestSourceContext.create());
    }

    @Test
    void aRecipientTheServerRefusesIsAConfigurationProblemNamingTheAddressAndNothingIsSent() {
        server.replyToRecipient("ana@example.org", "550 5.1.1 <ana@example.org>: Recipient address rejected");

        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class, this::deliver);

        assertEquals(EmailSettings.TO, refused.problems().get(0).key());
        assertTrue(refused.getMessage().contains("ana@example.org (550 5.1.1"), refused.getMessage());
        assertFalse(refused.getMessage().contains("leads@example.org"), refused.getMessage());
        assertFalse(server.commands().contains("DATA"), server.commands().toString());
    }

    @Test
    void aRecipientTheServerDefersIsATemporaryFailure() {
        server.replyToRecipient("leads@example.org", "451 4.3.0 Try again later");

        TemporarilyUnavailableException deferred = assertThrows(TemporarilyUnavailableException.class,
                this::deliver);

        assertTrue(deferred.getMessage().contains("leads@example.org (451 4.3.0 Try again later)"),
                deferred.getMessage());
    }

    @Test
    void aMessageTheServerRefusesIsRejectedForGood() {
        server.replyToData("554 5.7.1 Message rejected as spam");

        DeliveryRejectedException rejected = assertThrows(DeliveryRejectedException.class, this::deliver);

        assertEquals("127.0.0.1:" + server.port() + " refused the message (554 5.7.1 Message rejected as spam)",
                rejected.getMessage());
        assertTrue(server.commands().contains("DATA-LINE"));
    }

    @Test
    void aMessageTheServerDefersIsATemporaryFailure() {
        server.replyToData("452 4.3.1 Insufficient system storage");

        assertThrows(TemporarilyUnavailableException.class, this::deliver);
    }
}
