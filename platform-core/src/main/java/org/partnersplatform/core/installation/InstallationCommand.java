package org.partnersplatform.core.installation;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * What an administrator submits to create or change an installation.
 *
 * @param sourceId the id of the source (for a plugin with one source, the plugin's id)
 * @param name a unique, human name ("GitHub: mautic org")
 * @param config setting values by key; on an update, a secret left blank keeps its stored value
 * @param syncIntervalMinutes how often to sync on a schedule, or {@code null} for by hand only
 * @param createProvisionalOrgs whether unknown company email domains create provisional organizations; {@code null}
 *     means the default (on for git, off otherwise)
 * @param enabled whether it syncs; {@code null} means enabled
 */
public record InstallationCommand(String sourceId, String name, Map<String, String> config,
                                  @Nullable Integer syncIntervalMinutes, @Nullable Boolean createProvisionalOrgs,
                                  @Nullable Boolean enabled) {
}
