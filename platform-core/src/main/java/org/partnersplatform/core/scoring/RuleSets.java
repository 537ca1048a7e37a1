package org.partnersplatform.core.scoring;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.core.activity.ActivityTypeRegistry;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.ScoringPolicy;
import org.partnersplatform.core.policy.TypePolicy;

/**
 * Combines the registered types, the policy file and the administrator's overrides into the {@link RuleSet} in
 * force: weight = override, else the file's, else the plugin's; kind = the file's, else the plugin's; cap = the
 * file's for the type, else the file's default.
 */
@Singleton
public class RuleSets {

    private final ActivityTypeRegistry registry;
    private final DeploymentPolicy policy;

    public RuleSets(ActivityTypeRegistry registry, DeploymentPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /** The rule set in force now. */
    public RuleSet current() {
        ScoringPolicy scoring = policy.scoring();
        Map<String, TypePolicy> byKey = scoring.types().stream()
                .collect(Collectors.toMap(t -> t.source() + "/" + t.type(), Function.identity()));
        return new RuleSet(policy.policy().version(), registry.all().stream()
                .map(type -> effective(type, byKey.get(type.sourceId() + "/" + type.typeKey()), scoring.defaultCap()))
                .toList(), scoring.rules());
    }

    private static EffectiveType effective(RegisteredActivityType type, TypePolicy file, int defaultCap) {
        boolean fileWeight = file != null && file.weight() != null;
        boolean fileKind = file != null && file.kind() != null;
        boolean fileCap = file != null && file.cap() != null;
        return new EffectiveType(type.id(), type.sourceId(), type.typeKey(), type.label(),
                fileKind ? file.kind() : type.kind(), fileKind ? ValueOrigin.POLICY : ValueOrigin.PLUGIN,
                (type.weightOverride() != null ? type.weightOverride() : fileWeight ? file.weight()
                        : type.defaultWeight()).stripTrailingZeros(),
                type.weightOverride() != null ? ValueOrigin.OVERRIDE : fileWeight ? ValueOrigin.POLICY
                        : ValueOrigin.PLUGIN,
                fileCap ? file.cap() : defaultCap, fileCap ? ValueOrigin.POLICY : ValueOrigin.POLICY_DEFAULT);
    }
}
