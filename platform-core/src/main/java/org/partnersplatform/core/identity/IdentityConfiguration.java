package org.partnersplatform.core.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.List;

/**
 * How people are attributed.
 *
 * @param extraFreeMailDomains domains to treat as personal mail in addition to the built-in list
 */
@ConfigurationProperties("partners.identity")
public record IdentityConfiguration(@Bindable(defaultValue = "") List<String> extraFreeMailDomains) {
}
