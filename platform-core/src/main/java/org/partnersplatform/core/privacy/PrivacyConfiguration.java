package org.partnersplatform.core.privacy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.Arrays;

/**
 * The deployment's privacy policy ({@code partners.privacy.*}). Read at start and checked here, so that a value it
 * does not know stops the start instead of erasing under another policy than the operator meant.
 *
 * @param erasedActivities what erasing a person does to their activities: {@code anonymise} (the default) keeps them
 *                         in the organizations' aggregates, {@code remove} deletes them
 */
@Context
@ConfigurationProperties("partners.privacy")
public record PrivacyConfiguration(@Bindable(defaultValue = "anonymise") String erasedActivities) {

    public PrivacyConfiguration {
        parse(erasedActivities);
    }

    /** The policy for an erased person's activities. */
    public ErasedActivities policy() {
        return parse(erasedActivities);
    }

    private static ErasedActivities parse(String value) {
        return Arrays.stream(ErasedActivities.values())
                .filter(p -> p.name().equalsIgnoreCase(value == null ? "" : value.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("partners.privacy.erased-activities is anonymise or"
                        + " remove, not \"" + value + "\""));
    }
}
