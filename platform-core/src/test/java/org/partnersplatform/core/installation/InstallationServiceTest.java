package org.partnersplatform.core.installation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InstallationServiceTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";
    private static final String TOKEN = "tok-plaintext-5f1e2d";

    private Map<String, String> properties;

    @Inject
    InstallationService installations;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        properties = CoreTestProperties.with(dir);
        return properties;
    }

    @Test
    void aSettingOfTheWrongTypeIsRefusedNamingTheField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> installations.create(
                new InstallationCommand(SOURCE, "wrong type", Map.of("items", "many"), null, null, null)));

        assertEquals(Map.of("config.items", "must be a whole number"), refused.problems());
        assertTrue(installations.list().stream().noneMatch(i -> i.name().equals("wrong type")));
    }

    @Test
    void anUnknownSettingIsRefusedNamingIt() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> installations.create(
                new InstallationCommand(SOURCE, "unknown key", Map.of("colour", "blue"), null, null, null)));

        assertEquals(Map.of("config.colour", "is not a setting of this source"), refused.problems());
    }

    @Test
    void theSourcesOwnValidationIsReportedPerField() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> installations.create(
                new InstallationCommand(SOURCE, "no token", Map.of("requireToken", "true"), null, null, null)));

        assertEquals(Map.of("config.token", "is required when requireToken is true"), refused.problems());
    }

    @Test
    void aSecretIsStoredEncryptedAndNeverShown() {
        InstallationView created = installations.create(new InstallationCommand(SOURCE, "with secret",
                Map.of("token", TOKEN, "items", "3"), null, null, null));

        String stored = new Jdbc(properties).value("SELECT secrets FROM source_installation WHERE id = ?",
                created.id());
        assertTrue(stored.startsWith("v1:"), stored);
        assertFalse(stored.contains(TOKEN), stored);
        assertFalse(new Jdbc(properties).value("SELECT settings FROM source_installation WHERE id = ?",
                created.id()).contains(TOKEN));
        assertEquals(List.of("token"), created.secretsSet());
        assertFalse(created.settings().containsKey("token"));
        assertFalse(created.toString().contains(TOKEN), created.toString());
        assertFalse(installations.get(created.id()).toString().contains(TOKEN));
        assertEquals(TOKEN, installations.configOf(installations.find(created.id())).string("token"));
    }

    @Test
    void anUpdateWithABlankSecretKeepsTheStoredOne() {
        InstallationView created = installations.create(new InstallationCommand(SOURCE, "keeps secret",
                Map.of("token", TOKEN, "requireToken", "true"), null, null, null));

        InstallationView updated = installations.update(created.id(), new InstallationCommand(null, "keeps secret",
                Map.of("token", "", "requireToken", "true", "items", "7"), null, null, null));

        assertEquals(List.of("token"), updated.secretsSet());
        assertEquals("7", updated.settings().get("items"));
        assertEquals(TOKEN, installations.configOf(installations.find(created.id())).string("token"));
    }

    @Test
    void anUpdateWithANewSecretReplacesIt() {
        InstallationView created = installations.create(new InstallationCommand(SOURCE, "new secret",
                Map.of("token", TOKEN), null, null, null));

        installations.update(created.id(), new InstallationCommand(null, "new secret", Map.of("token", "other"),
                null, null, null));

        assertEquals("other", installations.configOf(installations.find(created.id())).string("token"));
    }

    @Test
    void aNameAlreadyTakenIsAConflictOnCreateAndOnUpdate() {
        installations.create(new InstallationCommand(SOURCE, "taken", Map.of(), null, null, null));
        InstallationView other = installations.create(new InstallationCommand(SOURCE, "other name", Map.of(),
                null, null, null));

        assertThrows(ConflictException.class, () -> installations.create(
                new InstallationCommand(SOURCE, " taken ", Map.of(), null, null, null)));
        assertThrows(ConflictException.class, () -> installations.update(other.id(),
                new InstallationCommand(null, "taken", Map.of(), null, null, null)));
        assertEquals("other name", installations.get(other.id()).name());
    }

    @Test
    void disablingAnInstallationIsStored() {
        InstallationView created = installations.create(new InstallationCommand(SOURCE, "switched", Map.of(),
                null, null, null));

        installations.setEnabled(created.id(), false);

        assertFalse(installations.get(created.id()).enabled());
    }
}
