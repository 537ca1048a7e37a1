package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.notifier.NotifierView;

/** A notifier installation in the API; secrets appear only as the keys of those that are set. */
@Serdeable
public record NotifierDto(long id, String notifier, String name, Map<String, String> settings,
                          List<String> secretsSet, boolean enabled, List<String> alertKinds, Instant createdAt) {

    public static NotifierDto of(NotifierView view) {
        return new NotifierDto(view.id(), view.notifierId(), view.name(), view.settings(), view.secretsSet(),
                view.enabled(), view.alertKinds().stream().map(AlertKind::key).toList(), view.createdAt());
    }
}
