package org.partnersplatform.core.activity;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.api.source.ActivityType;

/**
 * Keeps the activity types sources declare. Registering again updates the plugin's label, kind and default weight and
 * keeps the administrator's override.
 */
@Singleton
public class ActivityTypeRegistry {

    private final ActivityTypeRepository types;

    public ActivityTypeRegistry(ActivityTypeRepository types) {
        this.types = types;
    }

    /** Registers the types a source declares (for an installation's configuration) and returns them by key. */
    @Transactional
    public Map<String, RegisteredActivityType> register(String sourceId, Collection<ActivityType> declared) {
        Map<String, RegisteredActivityType> known = typesOf(sourceId);
        for (ActivityType type : declared) {
            RegisteredActivityType current = known.get(type.key());
            if (current == null) {
                types.save(new RegisteredActivityType(null, sourceId, type.key(), type.label(), type.kind(),
                        type.defaultWeight(), null, type.requiresConfirmation()));
            } else if (!current.label().equals(type.label()) || current.kind() != type.kind()
                    || current.defaultWeight().compareTo(type.defaultWeight()) != 0
                    || current.requiresConfirmation() != type.requiresConfirmation()) {
                types.update(new RegisteredActivityType(current.id(), sourceId, type.key(), type.label(),
                        type.kind(), type.defaultWeight(), current.weightOverride(), type.requiresConfirmation()));
            }
        }
        return typesOf(sourceId);
    }

    /** The registered types of a source by key. */
    public Map<String, RegisteredActivityType> typesOf(String sourceId) {
        return types.findBySourceId(sourceId).stream()
                .collect(Collectors.toMap(RegisteredActivityType::typeKey, Function.identity()));
    }
}
