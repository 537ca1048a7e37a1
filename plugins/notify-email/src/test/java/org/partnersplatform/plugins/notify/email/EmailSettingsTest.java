package org.partnersplatform.plugins.notify.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigProblem;

/** The settings an administrator enters: what the notifier accepts, and what it points out per setting. */
class EmailSettingsTest {

    private static EmailSettings settings(Map<String, String> values) {
        return EmailSettings.of(EmailSettings.SCHEMA.validate(withRequired(values)));
    }

    private static Map<String, String> problems(Map<String, String> values) {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> new EmailNotifier().validate(EmailSettings.SCHEMA.validate(withRequired(values))));
        Map<String, String> byKey = new HashMap<>();
        for (ConfigProblem problem : e.problems()) {
            byKey.put(problem.key(), problem.message());
        }
        return byKey;
    }

    private static Map<String, String> withRequired(Map<String, String> values) {
        Map<String, String> raw = new HashMap<>(Map.of(EmailSettings.HOST, "smtp.example.org",
                EmailSettings.FROM, EmailTestData.FROM, EmailSettings.TO, EmailTestData.TO));
        raw.putAll(values);
        return raw;
    }

    @Test
    void defaultsToStarttlsOnPort587WithoutLoginAndWithTheSubjectPrefix() {
        EmailSettings settings = settings(Map.of());

        assertEquals(Security.STARTTLS, settings.security());
        assertEquals(587, settings.port());
        assertEquals(Optional.empty(), settings.username());
        assertEquals("[Partners] Title", settings.subject("Title"));
        assertEquals("example.org", settings.fromDomain());
    }

    @Test
    void eachSecurityHasItsUsualPortUnlessOneIsGiven() {
        assertEquals(25, settings(Map.of(EmailSettings.SECURITY, "none")).port());
        assertEquals(465, settings(Map.of(EmailSettings.SECURITY, "TLS")).port());
        assertEquals(2525, settings(Map.of(EmailSettings.SECURITY, "starttls", EmailSettings.PORT, "2525")).port());
    }

    @Test
    void recipientsAreSeparatedByCommasOutsideQuotedNames() throws Exception {
        List<InternetAddress> to = settings(Map.of()).to();

        assertEquals(List.of(new InternetAddress("leads@example.org"), new InternetAddress("ana@example.org",
                "Doe, Ana")), to);
    }

    @Test
    void addressesThatDoNotParseArePointedOutPerSetting() {
        Map<String, String> problems = problems(Map.of(EmailSettings.FROM, "partners at example.org",
                EmailSettings.TO, "leads@example.org, ana"));

        assertTrue(problems.get(EmailSettings.FROM).startsWith("is not one email address"), problems.toString());
        assertTrue(problems.get(EmailSettings.TO).startsWith("must be email addresses separated by commas"),
                problems.toString());
    }

    @Test
    void twoSendersAreNotOneAddress() {
        assertTrue(problems(Map.of(EmailSettings.FROM, "a@example.org, b@example.org"))
                .containsKey(EmailSettings.FROM));
    }

    @Test
    void tooManyRecipientsAreRefused() {
        String many = String.join(",", Collections.nCopies(EmailSettings.MAX_RECIPIENTS + 1, "a@example.org"));

        assertEquals("must name 1 to 50 addresses", problems(Map.of(EmailSettings.TO, many)).get(EmailSettings.TO));
    }

    @Test
    void aPortOutsideTheTcpRangeIsRefused() {
        assertEquals("must be between 1 and 65535", problems(Map.of(EmailSettings.PORT, "0")).get(EmailSettings.PORT));
        assertTrue(problems(Map.of(EmailSettings.PORT, "65536")).containsKey(EmailSettings.PORT));
    }

    @Test
    void anUnknownSecurityIsRefused() {
        assertEquals("must be none, starttls or tls",
                problems(Map.of(EmailSettings.SECURITY, "ssl")).get(EmailSettings.SECURITY));
    }

    @Test
    void aHostWithSchemeOrPortIsRefused() {
        assertTrue(problems(Map.of(EmailSettings.HOST, "smtp://smtp.example.org")).containsKey(EmailSettings.HOST));
        assertTrue(problems(Map.of(EmailSettings.HOST, "smtp.example.org:587")).containsKey(EmailSettings.HOST));
    }

    @Test
    void aLoginNeedsBothUsernameAndPasswordAndTheProblemNeverShowsThePassword() {
        assertEquals("is required when a username is set",
                problems(Map.of(EmailSettings.USERNAME, "alerts")).get(EmailSettings.PASSWORD));
        Map<String, String> problems = problems(Map.of(EmailSettings.PASSWORD, "s3cret-pw"));

        assertEquals("is required when a password is set", problems.get(EmailSettings.USERNAME));
        assertFalse(problems.toString().contains("s3cret-pw"), problems.toString());
    }

    @Test
    void aLongSubjectPrefixIsRefused() {
        assertTrue(problems(Map.of(EmailSettings.SUBJECT_PREFIX, "x".repeat(EmailSettings.MAX_SUBJECT_PREFIX + 1)))
                .containsKey(EmailSettings.SUBJECT_PREFIX));
    }
}
