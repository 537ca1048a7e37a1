package org.partnersplatform.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.testkit.TestSourceContext;

/** The email notifier against GreenMail, a real SMTP server started on 127.0.0.1 for each test. */
class EmailNotifierTest {

    private static final String USER = "alerts";
    private static final String PASSWORD = "s3cret-pw";

    private final EmailNotifier notifier = new EmailNotifier();
    private GreenMail greenMail;

    @BeforeEach
    void startServer() {
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.org", USER, PASSWORD));
        greenMail.start();
    }

    @AfterEach
    void stopServer() {
        greenMail.stop();
    }

    private SourceConfig config(Map<String, String> overrides) {
        return EmailTestData.plainSmtp(greenMail.getSmtp().getPort(), overrides);
    }

    private void deliver(SourceConfig config) {
        notifier.deliver(EmailTestData.activityDrop(), config, TestSourceContext.create());
    }

    @Test
    void deliversOneMultipartMessageWithTheSenderRecipientsSubjectAndBothBodies() throws Exception {
        deliver(config(Map.of()));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(2, received.length, "one copy per recipient's mailbox");
        MimeMessage message = received[0];
        assertEquals(List.of(new InternetAddress("partners@example.org", "Partners Platform")),
                Arrays.asList(message.getFrom()));
        assertEquals(List.of(new InternetAddress("leads@example.org"), new InternetAddress("ana@example.org",
                "Doe, Ana")), Arrays.asList(message.getRecipients(Message.RecipientType.TO)));
        assertEquals("[Partners] Acme's activity dropped by 62%", message.getSubject());
        assertEquals(TestSourceContext.DEFAULT_NOW, message.getSentDate().toInstant());
        assertArrayEquals(new String[] {"<partners.alert-42@example.org>"}, message.getHeader("Message-ID"));
        assertArrayEquals(new String[] {"auto-generated"}, message.getHeader("Auto-Submitted"));
        assertArrayEquals(new String[] {"activity_drop"}, message.getHeader("X-Partners-Notification-Kind"));

        MimeMultipart alternative = (MimeMultipart) message.getContent();
        assertTrue(alternative.getContentType().startsWith("multipart/alternative"), alternative.getContentType());
        assertEquals(2, alternative.getCount());
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain"));
        assertEquals("""
                Acme had 13 contributions in February, against 34 in January.

                Organization: Acme
                Month: 2025-02
                Change: -62%

                https://partners.example.org/admin/alerts/42
                """, normalized((String) alternative.getBodyPart(0).getContent()));
        assertTrue(alternative.getBodyPart(1).isMimeType("text/html"));
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(html.contains("<h1>Acme&#39;s activity dropped by 62%</h1>"), html);
        assertTrue(html.contains("<p><strong>Acme</strong> had 13 contributions"), html);
        assertTrue(html.contains("<li>merged pull requests: 4</li>"), html);
        assertTrue(html.contains("<tr><th align=\"left\">Change</th><td>-62%</td></tr>"), html);
        assertTrue(html.contains("<a href=\"https://partners.example.org/admin/alerts/42\">"), html);
    }

    @Test
    void aRepeatedDeliveryCarriesTheSameMessageIdSoMailSystemsCanDropIt() throws Exception {
        deliver(config(Map.of()));
        deliver(config(Map.of()));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(4, received.length);
        for (MimeMessage message : received) {
            assertEquals("<partners.alert-42@example.org>", message.getMessageID());
        }
    }

    @Test
    void logsInWithTheConfiguredUsernameAndPassword() throws Exception {
        deliver(config(Map.of(EmailSettings.USERNAME, USER, EmailSettings.PASSWORD, PASSWORD,
                EmailSettings.SUBJECT_PREFIX, "[Alerts]")));

        MimeMessage[] received = greenMail.getReceivedMessages();
        assertEquals(2, received.length);
        assertEquals("[Alerts] Acme's activity dropped by 62%", received[0].getSubject());
    }

    @Test
    void aRefusedLoginIsAConfigurationProblemThatNeverShowsThePassword() {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> deliver(config(Map.of(EmailSettings.USERNAME, USER, EmailSettings.PASSWORD, "wrong-pw"))));

        assertEquals(EmailSettings.PASSWORD, refused.problems().get(0).key());
        assertFalse(refused.getMessage().contains("wrong-pw"), refused.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void starttlsWithAServerThatDoesNotOfferItIsAConfigurationProblem() {
        InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                () -> deliver(config(Map.of(EmailSettings.SECURITY, "starttls"))));

        assertEquals(EmailSettings.SECURITY, refused.problems().get(0).key());
        assertTrue(refused.getMessage().contains("does not offer STARTTLS"), refused.getMessage());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void aClosedPortIsATemporaryFailureNamingTheServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        TemporarilyUnavailableException failure = assertThrows(TemporarilyUnavailableException.class,
                () -> deliver(EmailTestData.plainSmtp(closedPort, Map.of())));

        assertTrue(failure.getMessage().startsWith("cannot connect to the SMTP server 127.0.0.1:" + closedPort),
                failure.getMessage());
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n");
    }
}
