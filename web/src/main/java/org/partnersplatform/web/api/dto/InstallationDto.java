package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.installation.InstallationView;

/** An installation in the API. Secret settings appear only by key in {@code secretsSet}. */
@Serdeable
public record InstallationDto(long id, String plugin, String name, Map<String, String> config,
                              List<String> secretsSet, boolean enabled, boolean createProvisionalOrgs,
                              @Nullable Integer syncIntervalMinutes, @Nullable Instant nextSyncAt,
                              Instant createdAt) {

    public static InstallationDto of(InstallationView view) {
        return new InstallationDto(view.id(), view.sourceId(), view.name(), view.settings(), view.secretsSet(),
                view.enabled(), view.createProvisionalOrgs(), view.syncIntervalMinutes(), view.nextSyncAt(),
                view.createdAt());
    }
}
