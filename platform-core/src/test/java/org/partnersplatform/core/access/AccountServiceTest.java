package org.partnersplatform.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testplugins.TestPluginJars;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountServiceTest implements TestPropertyProvider {

    private static final String ADMIN_TOKEN = "automation-token-0c8f1e";

    private Map<String, String> properties;

    @Inject
    AccountService accounts;

    @Inject
    AdjustableClock clock;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(CoreTestProperties.with(TestPluginJars.newDirectory()));
        properties.put("spec.name", "AccountServiceTest");
        properties.put("partners.access.admin-token", ADMIN_TOKEN);
        properties.put("partners.access.session-lifetime", "1h");
        return properties;
    }

    @Test
    void theBootstrapAdministratorSignsInWithTheGeneratedPasswordFromTheDataDirectory() throws IOException {
        Path file = Path.of(properties.get("partners.data-dir")).resolve("initial-admin-password");
        String password = Files.readString(file).strip();

        assertTrue(password.length() >= 20, "generated password of length " + password.length());
        assertEquals(Optional.of(new PlatformPrincipal("admin", Role.ADMIN)),
                accounts.authenticate("admin", password));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefused() {
        accounts.createUser("rita", "correct horse battery", Role.ADMIN);

        assertEquals("rita", accounts.authenticate("rita", "correct horse battery").orElseThrow().username());
        assertEquals(Optional.empty(), accounts.authenticate("rita", "correct horse"));
        assertEquals(Optional.empty(), accounts.authenticate("nobody", "correct horse battery"));
        assertEquals(Optional.empty(), accounts.authenticate("rita", null));
    }

    @Test
    void aSessionIsValidUntilItExpires() {
        accounts.createUser("sam", "a long enough password", Role.ADMIN);
        String token = accounts.openSession("sam");

        assertEquals("sam", accounts.principalOf(token).orElseThrow().username());
        clock.advance(Duration.ofMinutes(59));
        assertEquals("sam", accounts.principalOf(token).orElseThrow().username());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(Optional.empty(), accounts.principalOf(token));
    }

    @Test
    void aClosedSessionIsNoLongerValid() {
        accounts.createUser("tess", "a long enough password", Role.ADMIN);
        String token = accounts.openSession("tess");
        String other = accounts.openSession("tess");

        accounts.closeSession(token);

        assertEquals(Optional.empty(), accounts.principalOf(token));
        assertEquals("tess", accounts.principalOf(other).orElseThrow().username());
    }

    @Test
    void theConfiguredAdminTokenAuthenticatesAsAnAdministrator() {
        assertEquals(Optional.of(new PlatformPrincipal("api-admin", Role.ADMIN)), accounts.principalOf(ADMIN_TOKEN));
        assertEquals(Optional.empty(), accounts.principalOf(ADMIN_TOKEN + "x"));
        assertEquals(Optional.empty(), accounts.principalOf(""));
    }
}
