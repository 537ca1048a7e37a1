package org.partnersplatform.core.policy;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.source.ActivityKind;

/** Reads the {@code scoring} section of a policy file; problems land in the object's shared list. */
@Singleton
public class ScoringPolicyReader {

    /** The highest weight a policy may give. */
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("1000");

    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final int MAX_TEXT = 200;
    private static final int DEFAULT_FEATURED = 3;

    ScoringPolicy read(PolicyObject scoring) {
        Optional<Integer> defaultCap = scoring.whole("defaultCap", 1);
        if (scoring.absent("defaultCap")) {
            scoring.problem("defaultCap", "is required");
        }
        int featured = scoring.whole("featured", 1).orElse(DEFAULT_FEATURED);
        List<TypePolicy> types = new ArrayList<>();
        Set<String> typeKeys = new HashSet<>();
        for (PolicyObject type : scoring.objects("types")) {
            TypePolicy read = type(type);
            if (!typeKeys.add(read.source() + "/" + read.type())) {
                type.problem("type", "repeats " + read.source() + " " + read.type());
            }
            types.add(read);
        }
        List<AttributeRule> rules = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        for (PolicyObject rule : scoring.objects("rules")) {
            AttributeRule read = rule(rule);
            if (!ruleIds.add(read.id())) {
                rule.problem("id", "repeats " + read.id());
            }
            rules.add(read);
        }
        scoring.refuseUnknownKeys();
        return new ScoringPolicy(defaultCap.orElse(1), featured, types, rules);
    }

    private static TypePolicy type(PolicyObject type) {
        String source = type.text("source", MAX_TEXT);
        String key = type.text("type", MAX_TEXT);
        BigDecimal weight = type.number("weight", BigDecimal.ZERO, MAX_WEIGHT).orElse(null);
        ActivityKind kind = type.optionalText("kind", MAX_TEXT).map(text -> kind(type, text)).orElse(null);
        Integer cap = type.whole("cap", 1).orElse(null);
        type.refuseUnknownKeys();
        return new TypePolicy(source, key, weight, kind, cap);
    }

    private static ActivityKind kind(PolicyObject type, String text) {
        for (ActivityKind kind : ActivityKind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        type.problem("kind", "is contribution or conversation, not " + text.toLowerCase(Locale.ROOT));
        return null;
    }

    private static AttributeRule rule(PolicyObject rule) {
        String id = rule.text("id", MAX_TEXT);
        if (!id.isEmpty() && !RULE_ID.matcher(id).matches()) {
            rule.problem("id", "is lowercase letters, digits, - and _, starting with a letter, at most 64");
        }
        String label = rule.text("label", MAX_TEXT);
        String source = rule.text("source", MAX_TEXT);
        String type = rule.text("type", MAX_TEXT);
        BigDecimal weight = rule.number("weight", BigDecimal.ZERO, MAX_WEIGHT).orElse(BigDecimal.ZERO);
        if (rule.absent("weight")) {
            rule.problem("weight", "is required");
        }
        List<Condition> conditions = new ArrayList<>();
        for (PolicyObject condition : rule.objects("when")) {
            condition(condition).ifPresent(conditions::add);
        }
        if (conditions.isEmpty()) {
            rule.problem("when", "is a list of at least one valid condition");
        }
        rule.refuseUnknownKeys();
        return new AttributeRule(id, label, source, type, conditions, weight);
    }

    private static Optional<Condition> condition(PolicyObject condition) {
        String attribute = condition.text("attribute", MAX_TEXT);
        List<Condition> read = new ArrayList<>();
        condition.optionalText(Condition.Operator.EQUALS.key(), MAX_TEXT).ifPresent(value ->
                read.add(new Condition(attribute, Condition.Operator.EQUALS, List.of(value), null)));
        condition.texts(Condition.Operator.ONE_OF.key()).ifPresent(values ->
                read.add(new Condition(attribute, Condition.Operator.ONE_OF, values, null)));
        for (Condition.Operator bound : List.of(Condition.Operator.AT_MOST, Condition.Operator.AT_LEAST)) {
            condition.number(bound.key(), BigDecimal.valueOf(-1_000_000_000L), BigDecimal.valueOf(1_000_000_000L))
                    .ifPresent(value -> read.add(new Condition(attribute, bound, List.of(), value)));
        }
        condition.refuseUnknownKeys();
        if (read.size() != 1) {
            condition.problem("attribute", "takes exactly one of equals, oneOf, atMost or atLeast");
            return Optional.empty();
        }
        return Optional.of(read.get(0));
    }
}
