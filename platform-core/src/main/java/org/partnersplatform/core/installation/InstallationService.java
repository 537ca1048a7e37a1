package org.partnersplatform.core.installation;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.ContributionSource;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.plugin.PluginCalls;
import org.partnersplatform.core.plugin.PluginHost;
import org.partnersplatform.core.secret.StoredSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and changes installations of contribution sources and finance sources (their ids share one namespace):
 * validates settings against the source's schema and its own checks, registers the activity types a contribution
 * source's configuration declares, and stores secret settings encrypted, apart from the others. Nothing it returns
 * contains a secret.
 */
@Singleton
public class InstallationService {

    private static final Logger LOG = LoggerFactory.getLogger(InstallationService.class);
    private static final int MAX_INTERVAL_MINUTES = 60 * 24 * 31;

    private final InstallationRepository installations;
    private final PluginHost plugins;
    private final ActivityTypeRegistry activityTypes;
    private final StoredSettings settingsStore;
    private final PluginCalls calls;
    private final Clock clock;
    private final Set<String> provisionalByDefault;

    public InstallationService(InstallationRepository installations, PluginHost plugins,
                               ActivityTypeRegistry activityTypes, StoredSettings settingsStore, PluginCalls calls,
                               Clock clock,
                               @Value("${partners.identity.provisional-organizations-by-default:org.partnersplatform.git}")
                               List<String> provisionalByDefault) {
        this.installations = installations;
        this.plugins = plugins;
        this.activityTypes = activityTypes;
        this.settingsStore = settingsStore;
        this.calls = calls;
        this.clock = clock;
        this.provisionalByDefault = Set.copyOf(provisionalByDefault);
    }

    /** Every installation, oldest first. */
    public List<InstallationView> list() {
        return installations.findAllOrderById().stream().map(this::view).toList();
    }

    /** One installation. */
    public InstallationView get(long id) {
        return view(find(id));
    }

    /** Creates an installation after validating it. */
    @Transactional
    public InstallationView create(InstallationCommand command) {
        String name = requireName(command.name());
        if (installations.findByName(name).isPresent()) {
            throw new ConflictException("an installation named \"" + name + "\" already exists");
        }
        String sourceId = nonBlank(command.sourceId());
        if (plugins.contributionSource(sourceId).isEmpty() && plugins.financeSource(sourceId).isEmpty()) {
            throw new InvalidRequestException("no started source " + sourceId, Map.of("plugin", "is one of "
                    + Stream.concat(plugins.sourceDescriptors().stream().map(d -> d.id()),
                            plugins.financeSourceDescriptors().stream().map(d -> d.id())).sorted().toList()));
        }
        SourceConfig config = validate(sourceId, nonNull(command.config()));
        Instant now = clock.instant();
        Integer interval = interval(command.syncIntervalMinutes());
        boolean provisional = command.createProvisionalOrgs() != null
                ? command.createProvisionalOrgs()
                : createsProvisionalOrganizationsByDefault(command.sourceId());
        Installation saved = installations.save(new Installation(null, command.sourceId(), name,
                settingsStore.publicJson(config), settingsStore.sealedSecrets(config), command.enabled() == null || command.enabled(),
                provisional, interval, interval == null ? null : now.plusSeconds(interval * 60L), "", now, now));
        plugins.contributionSource(sourceId).ifPresent(source ->
                activityTypes.register(sourceId, declaredTypes(source, config)));
        LOG.info("Created installation {} \"{}\" of {}", saved.id(), name, command.sourceId());
        return view(saved);
    }

    /** Changes an installation's name, settings and schedule; a blank secret keeps the stored value. */
    @Transactional
    public InstallationView update(long id, InstallationCommand command) {
        Installation current = find(id);
        if (command.sourceId() != null && !command.sourceId().equals(current.sourceId())) {
            throw new InvalidRequestException("an installation's source cannot change; create a new installation");
        }
        String name = requireName(command.name());
        installations.findByName(name).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ConflictException("an installation named \"" + name + "\" already exists");
        });
        ConfigSchema schema = schemaOf(current.sourceId());
        Map<String, String> values = new HashMap<>(nonNull(command.config()));
        Map<String, String> storedSecrets = settingsStore.secrets(current.secrets());
        for (ConfigField field : schema.fields()) {
            String given = values.get(field.key());
            if (field.secret() && (given == null || given.isBlank()) && storedSecrets.containsKey(field.key())) {
                values.put(field.key(), storedSecrets.get(field.key()));
            }
        }
        SourceConfig config = validate(current.sourceId(), values);
        Integer interval = interval(command.syncIntervalMinutes());
        Instant now = clock.instant();
        Installation updated = installations.update(new Installation(id, current.sourceId(), name,
                settingsStore.publicJson(config), settingsStore.sealedSecrets(config),
                command.enabled() == null ? current.enabled() : command.enabled(),
                command.createProvisionalOrgs() == null ? current.createProvisionalOrgs()
                        : command.createProvisionalOrgs(),
                interval, interval == null ? null : now.plusSeconds(interval * 60L), current.checkpoint(),
                current.createdAt(), now));
        plugins.contributionSource(current.sourceId()).ifPresent(source ->
                activityTypes.register(current.sourceId(), declaredTypes(source, config)));
        LOG.info("Updated installation {} \"{}\"", id, name);
        return view(updated);
    }

    /** Switches syncing on or off. */
    @Transactional
    public InstallationView setEnabled(long id, boolean enabled) {
        Installation current = find(id);
        Installation changed = installations.update(new Installation(id, current.sourceId(), current.name(),
                current.settings(), current.secrets(), enabled, current.createProvisionalOrgs(),
                current.syncIntervalMinutes(), current.nextSyncAt(), current.checkpoint(), current.createdAt(),
                clock.instant()));
        return view(changed);
    }

    /** The installation's settings, secrets decrypted, validated again: for the core to hand to the plugin. */
    public SourceConfig configOf(Installation installation) {
        ConfigSchema schema = schemaOf(installation.sourceId());
        Map<String, String> values = new HashMap<>(settingsStore.publicValues(installation.settings()));
        values.putAll(settingsStore.secrets(installation.secrets()));
        return schema.validate(values);
    }

    /**
     * Whether a new installation of the source creates provisional organizations unless told otherwise
     * ({@code partners.identity.provisional-organizations-by-default}, the git source by default).
     */
    public boolean createsProvisionalOrganizationsByDefault(String sourceId) {
        return provisionalByDefault.contains(sourceId);
    }

    /** The activity types an installation's configuration declares, asked of its plugin under the call time limit. */
    public List<ActivityType> activityTypesOf(Installation installation) {
        return declaredTypes(startedSource(installation.sourceId()), configOf(installation));
    }

    /** The stored installation. */
    public Installation find(long id) {
        return installations.findById(id)
                .orElseThrow(() -> new NotFoundException("no installation " + id));
    }

    /** The started source of an installation's plugin, or a clear conflict when it is not available. */
    public ContributionSource startedSource(String sourceId) {
        return plugins.contributionSource(sourceId).orElseThrow(() -> new ConflictException(
                "the source " + sourceId + " is not available: its plugin is missing, disabled, incompatible or failed"));
    }

    /** The started finance source of that id, if it is one. */
    public Optional<FinanceSource> financeSource(String sourceId) {
        return plugins.financeSource(sourceId);
    }

    /**
     * Checks that an installation's source, contribution or finance, is started.
     *
     * @throws ConflictException when it is not available
     */
    public void requireAvailable(String sourceId) {
        schemaOf(sourceId);
    }

    private ConfigSchema schemaOf(String sourceId) {
        Optional<FinanceSource> finance = plugins.financeSource(sourceId);
        return finance.isPresent() ? finance.get().descriptor().configSchema()
                : startedSource(sourceId).descriptor().configSchema();
    }

    private SourceConfig validate(String sourceId, Map<String, String> values) {
        Optional<ContributionSource> contribution = plugins.contributionSource(sourceId);
        Optional<FinanceSource> finance = plugins.financeSource(sourceId);
        ConfigSchema schema = schemaOf(sourceId);
        try {
            SourceConfig config = schema.validate(values);
            calls.call("validating the configuration", () -> {
                if (contribution.isPresent()) {
                    contribution.get().validate(config);
                } else {
                    finance.orElseThrow().validate(config);
                }
                return null;
            });
            contribution.ifPresent(source -> declaredTypes(source, config));
            return config;
        } catch (InvalidConfigurationException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            for (ConfigProblem problem : e.problems()) {
                problems.merge("config." + problem.key(), problem.message(), (a, b) -> a + "; " + b);
            }
            throw new InvalidRequestException("the configuration is not valid", problems);
        } catch (PluginCalls.PluginCallException e) {
            throw new InvalidRequestException("the source " + sourceId
                    + " could not check this configuration: " + e.getMessage());
        }
    }

    private List<ActivityType> declaredTypes(ContributionSource source, SourceConfig config) {
        return calls.call("listing the activity types", () -> source.activityTypes(config));
    }

    private InstallationView view(Installation installation) {
        ConfigSchema schema = plugins.contributionSource(installation.sourceId())
                .map(s -> s.descriptor().configSchema())
                .or(() -> plugins.financeSource(installation.sourceId()).map(s -> s.descriptor().configSchema()))
                .orElse(null);
        Map<String, String> settings = settingsStore.publicValues(installation.settings());
        List<String> secretKeys = schema == null
                ? List.of()
                : schema.fields().stream().filter(ConfigField::secret).map(ConfigField::key)
                        .filter(settingsStore.secrets(installation.secrets())::containsKey).toList();
        return new InstallationView(installation.id(), installation.sourceId(), installation.name(), settings,
                secretKeys, installation.enabled(), installation.createProvisionalOrgs(),
                installation.syncIntervalMinutes(), installation.nextSyncAt(), installation.createdAt());
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

    private static Integer interval(Integer minutes) {
        if (minutes == null) {
            return null;
        }
        if (minutes < 5 || minutes > MAX_INTERVAL_MINUTES) {
            throw new InvalidRequestException("the sync interval is out of range",
                    Map.of("syncIntervalMinutes", "is between 5 and " + MAX_INTERVAL_MINUTES + " minutes"));
        }
        return minutes;
    }

    private static String nonBlank(String sourceId) {
        if (sourceId == null || sourceId.isBlank()) {
            throw new InvalidRequestException("the plugin is missing", Map.of("plugin", "is required"));
        }
        return sourceId;
    }

    private static Map<String, String> nonNull(Map<String, String> config) {
        return config == null ? Map.of() : config;
    }

}
