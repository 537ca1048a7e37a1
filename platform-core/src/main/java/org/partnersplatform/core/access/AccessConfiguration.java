package org.partnersplatform.core.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Who may sign in and with what.
 *
 * @param adminUsername the bootstrap administrator's name, created at first start
 * @param adminPassword the bootstrap administrator's password ({@code PARTNERS_ADMIN_PASSWORD}); when unset, one is
 *     generated and written to {@code initial-admin-password} in the data directory
 * @param adminToken a bearer token with administrator rights for automation ({@code PARTNERS_ADMIN_TOKEN})
 * @param sessionLifetime how long a sign-in lasts
 */
@ConfigurationProperties("partners.access")
public record AccessConfiguration(@Bindable(defaultValue = "admin") String adminUsername,
                                  @Nullable String adminPassword,
                                  @Nullable String adminToken,
                                  @Bindable(defaultValue = "12h") Duration sessionLifetime) {
}
