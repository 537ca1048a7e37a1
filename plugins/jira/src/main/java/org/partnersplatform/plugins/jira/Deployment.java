package org.partnersplatform.plugins.jira;

import java.util.Locale;
import java.util.Optional;

/**
 * The two kinds of Jira this plugin reads, which differ in API version, authentication and how users are identified.
 */
enum Deployment {
    /** Jira Cloud: REST API v3, Basic auth with an Atlassian account's email and API token, users by accountId. */
    CLOUD("cloud", "/rest/api/3/search"),
    /** Jira Server or Data Center: REST API v2, a personal access token as Bearer, users by key or name. */
    SERVER("server", "/rest/api/2/search");

    private final String value;
    private final String searchPath;

    Deployment(String value, String searchPath) {
        this.value = value;
        this.searchPath = searchPath;
    }

    /** The setting's value that selects this kind. */
    String value() {
        return value;
    }

    /** The search resource's path below the base URL. */
    String searchPath() {
        return searchPath;
    }

    static Optional<Deployment> parse(String value) {
        String lower = value.strip().toLowerCase(Locale.ROOT);
        for (Deployment deployment : values()) {
            if (deployment.value.equals(lower)) {
                return Optional.of(deployment);
            }
        }
        return Optional.empty();
    }
}
