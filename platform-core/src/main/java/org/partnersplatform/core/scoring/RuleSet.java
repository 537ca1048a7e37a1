package org.partnersplatform.core.scoring;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.core.policy.AttributeRule;

/**
 * The effective scoring rules: every registered type's weight, kind and cap, and the policy's attribute rules in the
 * order they are tried. Two rule sets with the same content have the same JSON, hence the same fingerprint.
 *
 * @param policyVersion the policy file's version
 * @param types the types, by source and key
 * @param rules the attribute rules, first match wins
 */
@Serdeable
public record RuleSet(String policyVersion, List<EffectiveType> types, List<AttributeRule> rules) {

    public RuleSet {
        types = List.copyOf(types);
        rules = List.copyOf(rules);
    }

    /** The types by registered id. */
    public Map<Long, EffectiveType> typesById() {
        return types.stream().collect(Collectors.toMap(EffectiveType::typeId, Function.identity()));
    }

    /** The attribute rule with this id, if the rule set still has it. */
    public Optional<AttributeRule> rule(String id) {
        return id == null ? Optional.empty() : rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The weight an activity of {@code type} counts with when it matched rule {@code ruleId} (or none). */
    public BigDecimal weight(EffectiveType type, String ruleId) {
        if (ruleId == null) {
            return type.weight();
        }
        return rule(ruleId).filter(r -> r.appliesTo(type.sourceId(), type.typeKey()))
                .map(AttributeRule::weight).orElse(type.weight());
    }
}
