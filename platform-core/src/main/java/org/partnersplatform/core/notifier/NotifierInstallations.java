package org.partnersplatform.core.notifier;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.notify.Notifier;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.plugin.PluginCalls;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.core.secret.StoredSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, changes and removes notifier installations: validates settings against the notifier's schema and its own
 * {@code validate} (under the plugin call time limit), stores secret settings encrypted, apart from the others, and
 * keeps which alert kinds each receives. Nothing it returns or logs contains a secret.
 */
@Singleton
public class NotifierInstallations {

    private static final Logger LOG = LoggerFactory.getLogger(NotifierInstallations.class);

    private final NotifierInstallationRepository installations;
    private final PluginHost plugins;
    private final StoredSettings settingsStore;
    private final PluginCalls calls;
    private final Clock clock;

    public NotifierInstallations(NotifierInstallationRepository installations, PluginHost plugins,
                                 StoredSettings settingsStore, PluginCalls calls, Clock clock) {
        this.installations = installations;
        this.plugins = plugins;
        this.settingsStore = settingsStore;
        this.calls = calls;
        this.clock = clock;
    }

    /** Every notifier installation, oldest first. */
    public List<NotifierView> list() {
        return installations.findAllOrderById().stream().map(this::view).toList();
    }

    /** One notifier installation. */
    public NotifierView get(long id) {
        return view(find(id));
    }

    /** The enabled installations that receive alerts of that kind. */
    public List<NotifierInstallation> receiving(AlertKind kind) {
        return installations.findByEnabledTrueOrderById().stream()
                .filter(i -> kinds(i.alertKinds()).contains(kind)).toList();
    }

    /** Creates a notifier installation after validating it. */
    @Transactional
    public NotifierView create(NotifierCommand command) {
        String name = requireName(command.name());
        if (installations.findByName(name).isPresent()) {
            throw new ConflictException("a notifier installation named \"" + name + "\" already exists");
        }
        if (command.notifierId() == null || command.notifierId().isBlank()) {
            throw new InvalidRequestException("the notifier is missing", Map.of("notifier", "is required"));
        }
        Notifier notifier = plugins.notifier(command.notifierId()).orElseThrow(() -> new InvalidRequestException(
                "no started notifier " + command.notifierId(), Map.of("notifier", "is one of "
                        + plugins.notifierDescriptors().stream().map(d -> d.id()).sorted().toList())));
        SourceConfig config = validate(notifier, command.config() == null ? Map.of() : command.config());
        Instant now = clock.instant();
        NotifierInstallation saved = installations.save(new NotifierInstallation(null, command.notifierId(), name,
                settingsStore.publicJson(config), settingsStore.sealedSecrets(config), command.enabled() == null || command.enabled(),
                joinKinds(command.alertKinds()), now, now));
        LOG.info("Created notifier installation {} \"{}\" of {}", saved.id(), name, command.notifierId());
        return view(saved);
    }

    /** Changes a notifier installation's name, settings, alert kinds and switch; a blank secret keeps its value. */
    @Transactional
    public NotifierView update(long id, NotifierCommand command) {
        NotifierInstallation current = find(id);
        if (command.notifierId() != null && !command.notifierId().equals(current.notifierId())) {
            throw new InvalidRequestException("a notifier installation's notifier cannot change; create a new one");
        }
        String name = requireName(command.name());
        installations.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("a notifier installation named \"" + name + "\" already exists");
        });
        Notifier notifier = startedNotifier(current.notifierId());
        Map<String, String> values = new HashMap<>(command.config() == null ? Map.of() : command.config());
        Map<String, String> stored = settingsStore.secrets(current.secrets());
        for (ConfigField field : notifier.descriptor().configSchema().fields()) {
            String given = values.get(field.key());
            if (field.secret() && (given == null || given.isBlank()) && stored.containsKey(field.key())) {
                values.put(field.key(), stored.get(field.key()));
            }
        }
        SourceConfig config = validate(notifier, values);
        NotifierInstallation updated = installations.update(new NotifierInstallation(id, current.notifierId(), name,
                settingsStore.publicJson(config), settingsStore.sealedSecrets(config),
                command.enabled() == null ? current.enabled() : command.enabled(), joinKinds(command.alertKinds()),
                current.createdAt(), clock.instant()));
        LOG.info("Updated notifier installation {} \"{}\"", id, name);
        return view(updated);
    }

    /** Removes a notifier installation and its deliveries. */
    @Transactional
    public void delete(long id) {
        NotifierInstallation current = find(id);
        installations.delete(current);
        LOG.info("Deleted notifier installation {} \"{}\"", id, current.name());
    }

    /** The stored installation. */
    public NotifierInstallation find(long id) {
        return installations.findById(id).orElseThrow(() -> new NotFoundException("no notifier installation " + id));
    }

    /** The started notifier of an installation, or a clear conflict when its plugin is not available. */
    public Notifier startedNotifier(String notifierId) {
        return plugins.notifier(notifierId).orElseThrow(() -> new ConflictException("the notifier " + notifierId
                + " is not available: its plugin is missing, disabled, incompatible or failed"));
    }

    /** The installation's settings, secrets decrypted, validated again by the schema: to hand to the plugin. */
    public SourceConfig configOf(NotifierInstallation installation) {
        Notifier notifier = startedNotifier(installation.notifierId());
        Map<String, String> values = new HashMap<>(settingsStore.publicValues(installation.settings()));
        values.putAll(settingsStore.secrets(installation.secrets()));
        return notifier.descriptor().configSchema().validate(values);
    }

    private SourceConfig validate(Notifier notifier, Map<String, String> values) {
        ConfigSchema schema = notifier.descriptor().configSchema();
        try {
            SourceConfig config = schema.validate(values);
            calls.call("validating the notifier configuration", () -> {
                notifier.validate(config);
                return null;
            });
            return config;
        } catch (InvalidConfigurationException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (ConfigProblem problem : e.problems()) {
                problems.merge("config." + problem.key(), problem.message(), (a, b) -> a + "; " + b);
            }
            throw new InvalidRequestException("the configuration is not valid", problems);
        } catch (PluginCalls.PluginCallException e) {
            throw new InvalidRequestException("the notifier " + notifier.descriptor().id()
                    + " could not check this configuration: " + e.getMessage());
        }
    }

    private NotifierView view(NotifierInstallation installation) {
        ConfigSchema schema = plugins.notifier(installation.notifierId())
                .map(n -> n.descriptor().configSchema()).orElse(null);
        List<String> secretKeys = schema == null ? List.of()
                : schema.fields().stream().filter(ConfigField::secret).map(ConfigField::key)
                        .filter(settingsStore.secrets(installation.secrets())::containsKey).toList();
        return new NotifierView(installation.id(), installation.notifierId(), installation.name(),
                settingsStore.publicValues(installation.settings()), secretKeys, installation.enabled(), kinds(installation.alertKinds()),
                installation.createdAt());
    }

    /** The alert kinds named, all of them when none is; an unknown name is a clear 400. */
    static String joinKinds(List<String> names) {
        if (names == null || names.stream().allMatch(n -> n == null || n.isBlank())) {
            return Arrays.stream(AlertKind.values()).map(Enum::name).collect(Collectors.joining(","));
        }
        return names.stream().filter(n -> n != null && !n.isBlank()).map(n -> AlertKind.parse(n).orElseThrow(
                () -> new InvalidRequestException("unknown alert kind " + n.strip(), Map.of("alertKinds", "are among "
                        + Arrays.stream(AlertKind.values()).map(AlertKind::key).toList()))))
                .distinct().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static List<AlertKind> kinds(String stored) {
        return Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(AlertKind::valueOf).sorted().toList();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidRequestException("the name is missing", Map.of("name", "is required"));
        }
        String trimmed = name.strip();
        if (trimmed.length() > 200) {
            throw new InvalidRequestException("the name is too long", Map.of("name", "is at most 200 characters"));
        }
        return trimmed;
    }

}
