package org.partnersplatform.core.policy;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule over the attributes a plugin reports for activities of one type: when every condition holds, the activity
 * counts with this rule's weight instead of its type's.
 *
 * @param id a stable snake_case or kebab-case id, stored on each activity it matches
 * @param label what people read in an explanation
 * @param source the source's id
 * @param type the type's key within the source
 * @param when the conditions, all of which must hold; at least one
 * @param weight points per counted activity, 0 to 1000
 */
@Serdeable
public record AttributeRule(String id, String label, String source, String type, List<Condition> when,
                            BigDecimal weight) {

    public AttributeRule {
        when = List.copyOf(when);
    }

    /** Whether this rule is about activities of that type. */
    public boolean appliesTo(String sourceId, String typeKey) {
        return source.equals(sourceId) && type.equals(typeKey);
    }

    /** Whether every condition holds for these attributes. */
    public boolean matches(Map<String, String> attributes) {
        return when.stream().allMatch(condition -> condition.holds(attributes.get(condition.attribute())));
    }
}
