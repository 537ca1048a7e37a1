package org.partnersplatform.core.notifier;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * What an administrator submits to create or change a notifier installation.
 *
 * @param notifierId the id of the notifier plugin's notifier; cannot change on an update
 * @param name a unique, human name ("Email: program team")
 * @param config setting values by key; on an update, a secret left blank keeps its stored value
 * @param alertKinds the alert kinds it receives ({@code activity_drop}, ...); {@code null} or empty means all
 * @param enabled whether it delivers; {@code null} means enabled on creation and unchanged on an update
 */
public record NotifierCommand(String notifierId, String name, Map<String, String> config,
                              @Nullable List<String> alertKinds, @Nullable Boolean enabled) {
}
