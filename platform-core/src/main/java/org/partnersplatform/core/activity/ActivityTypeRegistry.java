package org.partnersplatform.core.activity;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;

/**
 * Keeps the activity types sources declare. Registering again updates the plugin's label, kind and default weight and
 * keeps the administrator's weight override, which is what scores use.
 */
@Singleton
public class ActivityTypeRegistry {

    private static final BigDecimal MAX_WEIGHT = new BigDecimal("10000");

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

    /** Every registered type, by source and key. */
    public List<RegisteredActivityType> all() {
        List<RegisteredActivityType> all = new ArrayList<>();
        types.findAll().forEach(all::add);
        all.sort(Comparator.comparing(RegisteredActivityType::sourceId).thenComparing(RegisteredActivityType::typeKey));
        return all;
    }

    /**
     * Sets the weight an administrator chose for a type, or clears it ({@code null}) to go back to the plugin's
     * default. Weights are zero or more, with at most two decimals.
     */
    @Transactional
    public RegisteredActivityType overrideWeight(String sourceId, String typeKey, BigDecimal weight) {
        RegisteredActivityType type = typesOf(sourceId).get(typeKey);
        if (type == null) {
            throw new NotFoundException("no activity type " + typeKey + " of " + sourceId);
        }
        if (weight != null && (weight.signum() < 0 || weight.scale() > 2 || weight.compareTo(MAX_WEIGHT) > 0)) {
            throw new InvalidRequestException("the weight is out of range",
                    Map.of("weight", "is between 0 and " + MAX_WEIGHT + " with at most two decimals"));
        }
        return types.update(new RegisteredActivityType(type.id(), sourceId, typeKey, type.label(), type.kind(),
                type.defaultWeight(), weight, type.requiresConfirmation()));
    }

    /** The registered types of a source by key. */
    public Map<String, RegisteredActivityType> typesOf(String sourceId) {
        return types.findBySourceId(sourceId).stream()
                .collect(Collectors.toMap(RegisteredActivityType::typeKey, Function.identity()));
    }
}
