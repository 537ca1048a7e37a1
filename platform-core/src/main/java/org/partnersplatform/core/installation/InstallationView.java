package org.partnersplatform.core.installation;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An installation as it may be shown: the non-secret settings, and only the keys of the secrets that are set.
 *
 * @param settings non-secret setting values by key
 * @param secretsSet keys of the secret settings that have a value (the values are never shown)
 */
public record InstallationView(long id, String sourceId, String name, Map<String, String> settings,
                               List<String> secretsSet, boolean enabled, boolean createProvisionalOrgs,
                               @Nullable Integer syncIntervalMinutes, @Nullable Instant nextSyncAt, Instant createdAt) {
}
