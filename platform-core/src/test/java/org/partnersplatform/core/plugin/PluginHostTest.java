package org.partnersplatform.core.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.api.ApiVersion;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.installation.InstallationCommand;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.BrokenDescriptorSource;
import org.partnersplatform.core.testplugins.BrokenNotifier;
import org.partnersplatform.core.testplugins.ScriptedNotifier;
import org.partnersplatform.core.testplugins.TestPluginJars;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginHostTest implements TestPropertyProvider {

    private static final String GOOD = "org.example.good";
    private static final String FUTURE = "org.example.future";
    private static final String OFF = "org.example.off";
    private static final String BROKEN = "org.example.broken";
    private static final String TOGGLED = "org.example.toggled";
    private static final String OFF_UNTIL_ENABLED = "org.example.enabledlater";
    private static final String NOTIFYING = "org.example.notifying";
    private static final String BROKEN_NOTIFIER = "org.example.brokennotifier";
    private static final String CLASHING_NOTIFIER = "org.example.notifierclash";

    private Map<String, String> properties;

    @Inject
    PluginHost host;

    @Inject
    InstallationService installations;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, GOOD);
        TestPluginJars.scripted(dir, FUTURE, FUTURE, ">=2.0.0");
        TestPluginJars.scripted(dir, OFF);
        TestPluginJars.brokenDescriptor(dir, BROKEN);
        TestPluginJars.scripted(dir, TOGGLED);
        TestPluginJars.scripted(dir, OFF_UNTIL_ENABLED);
        TestPluginJars.notifier(dir, NOTIFYING, NOTIFYING);
        TestPluginJars.brokenNotifier(dir, BROKEN_NOTIFIER);
        TestPluginJars.notifier(dir, CLASHING_NOTIFIER, GOOD);
        properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.plugins.disabled", OFF + "," + OFF_UNTIL_ENABLED);
        return properties;
    }

    @Test
    void everyPluginInTheDirectoryIsReportedInIdOrder() {
        assertEquals(List.of(BROKEN, BROKEN_NOTIFIER, OFF_UNTIL_ENABLED, FUTURE, GOOD, CLASHING_NOTIFIER, NOTIFYING,
                OFF, TOGGLED), host.plugins().stream().map(PluginInfo::id).toList());
    }

    @Test
    void aCompatiblePluginIsStartedAndItsSourceIsAvailable() {
        PluginInfo good = host.plugin(GOOD);

        assertEquals(PluginState.STARTED, good.state());
        assertNull(good.reason());
        assertEquals(List.of(GOOD), good.sources().stream().map(s -> s.id()).toList());
        assertTrue(host.contributionSource(GOOD).isPresent());
    }

    @Test
    void aPluginRequiringANewerApiIsIncompatibleAndSaysWhy() {
        PluginInfo future = host.plugin(FUTURE);

        assertEquals(PluginState.INCOMPATIBLE, future.state());
        assertEquals("requires platform API >=2.0.0, but this platform provides " + ApiVersion.current(),
                future.reason());
        assertTrue(host.contributionSource(FUTURE).isEmpty());
        ConflictException refused = assertThrows(ConflictException.class, () -> host.setEnabled(FUTURE, true));
        assertTrue(refused.getMessage().contains(">=2.0.0"), refused.getMessage());
    }

    @Test
    void aPluginDisabledByConfigurationIsNotStartedAndItsSourceCannotBeInstalled() {
        PluginInfo off = host.plugin(OFF);

        assertEquals(PluginState.DISABLED, off.state());
        assertEquals("disabled by the configuration (partners.plugins.disabled)", off.reason());
        assertTrue(host.contributionSource(OFF).isEmpty());
        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> installations.create(
                new InstallationCommand(OFF, "off", Map.of(), null, null, null)));
        assertTrue(refused.getMessage().contains(OFF), refused.getMessage());
        assertTrue(refused.problems().get("plugin").contains(GOOD), refused.problems().toString());
        assertFalse(refused.problems().get("plugin").contains(OFF), refused.problems().toString());
    }

    @Test
    void aPluginWhoseDescriptorThrowsFailsAloneWithTheError() {
        PluginInfo broken = host.plugin(BROKEN);

        assertEquals(PluginState.FAILED, broken.state());
        assertTrue(broken.reason().contains(BrokenDescriptorSource.MESSAGE), broken.reason());
        assertEquals(PluginState.STARTED, host.plugin(GOOD).state());
        assertEquals(PluginState.STARTED, host.plugin(TOGGLED).state());
    }

    @Test
    void aNotifierPluginIsStartedAndItsNotifierIsAvailable() {
        PluginInfo notifying = host.plugin(NOTIFYING);

        assertEquals(PluginState.STARTED, notifying.state());
        assertEquals(ScriptedNotifier.NAME, notifying.name());
        assertEquals(List.of(NOTIFYING), notifying.notifiers().stream().map(n -> n.id()).toList());
        assertEquals(List.of(), notifying.sources());
        assertTrue(host.notifier(NOTIFYING).isPresent());
        assertEquals(List.of(NOTIFYING), host.notifierDescriptors().stream().map(n -> n.id()).toList());
        assertTrue(host.contributionSource(NOTIFYING).isEmpty());
    }

    @Test
    void aPluginWhoseNotifierDescriptorThrowsFailsAloneWithTheError() {
        PluginInfo broken = host.plugin(BROKEN_NOTIFIER);

        assertEquals(PluginState.FAILED, broken.state());
        assertTrue(broken.reason().startsWith("declares an invalid source or notifier: "), broken.reason());
        assertTrue(broken.reason().contains(BrokenNotifier.MESSAGE), broken.reason());
        assertTrue(host.notifier(BROKEN_NOTIFIER).isEmpty());
        assertEquals(PluginState.STARTED, host.plugin(NOTIFYING).state());
    }

    @Test
    void aNotifierReusingAnotherPluginsSourceIdFailsItsPluginAndLeavesTheSource() {
        PluginInfo clashing = host.plugin(CLASHING_NOTIFIER);

        assertEquals(PluginState.FAILED, clashing.state());
        assertTrue(clashing.reason().contains("the id " + GOOD + " is already taken by another source or notifier"),
                clashing.reason());
        assertTrue(host.notifier(GOOD).isEmpty());
        assertEquals(PluginState.STARTED, host.plugin(GOOD).state());
        assertTrue(host.contributionSource(GOOD).isPresent());
    }

    @Test
    void disablingAndEnablingAtRuntimeTakesEffectAndIsRememberedAcrossStarts() {
        PluginInfo disabled = host.setEnabled(TOGGLED, false);

        assertEquals(PluginState.DISABLED, disabled.state());
        assertEquals("disabled by an administrator", disabled.reason());
        assertTrue(host.contributionSource(TOGGLED).isEmpty());
        assertEquals(1, new Jdbc(properties)
                .count("SELECT COUNT(*) FROM plugin_setting WHERE plugin_id = ? AND enabled = FALSE", TOGGLED));
        try (ApplicationContext restarted = CoreTestProperties.start(properties)) {
            assertEquals(PluginState.DISABLED, restarted.getBean(PluginHost.class).plugin(TOGGLED).state());
        }

        PluginInfo enabled = host.setEnabled(TOGGLED, true);

        assertEquals(PluginState.STARTED, enabled.state());
        assertTrue(host.contributionSource(TOGGLED).isPresent());
        try (ApplicationContext restarted = CoreTestProperties.start(properties)) {
            assertEquals(PluginState.STARTED, restarted.getBean(PluginHost.class).plugin(TOGGLED).state());
        }
    }

    @Test
    void anAdministratorCanEnableAPluginTheConfigurationDisables() {
        assertEquals(PluginState.DISABLED, host.plugin(OFF_UNTIL_ENABLED).state());

        PluginInfo enabled = host.setEnabled(OFF_UNTIL_ENABLED, true);

        assertEquals(PluginState.STARTED, enabled.state());
        assertTrue(host.contributionSource(OFF_UNTIL_ENABLED).isPresent());
    }
}
