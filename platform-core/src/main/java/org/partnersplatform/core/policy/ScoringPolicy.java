package org.partnersplatform.core.policy;

import java.util.List;

/**
 * The scoring section of a policy.
 *
 * @param defaultCap how many activities of one type count per person per month unless a type says otherwise; 1 or more
 * @param featured how many organizations the home page features; 1 or more
 * @param types weights, kinds and caps per activity type; a type not listed keeps its plugin's declared values
 * @param rules attribute rules, tried in order: the first that matches an activity sets its weight
 */
public record ScoringPolicy(int defaultCap, int featured, List<TypePolicy> types, List<AttributeRule> rules) {

    public ScoringPolicy {
        types = List.copyOf(types);
        rules = List.copyOf(rules);
    }
}
