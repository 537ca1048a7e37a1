package org.partnersplatform.core.notifier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.alert.AlertKind;

/**
 * A notifier installation as it may be shown: the non-secret settings, and only the keys of the secrets that are set.
 *
 * @param settings non-secret setting values by key
 * @param secretsSet keys of the secret settings that have a value (the values are never shown)
 * @param alertKinds the alert kinds it receives
 */
public record NotifierView(long id, String notifierId, String name, Map<String, String> settings,
                           List<String> secretsSet, boolean enabled, List<AlertKind> alertKinds, Instant createdAt) {
}
