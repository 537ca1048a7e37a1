package org.partnersplatform.plugins.githubsponsors;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The typed settings of one GitHub Sponsors installation, read from a {@link SourceConfig} validated against {@link
 * #SCHEMA}. Problem messages never repeat the token.
 */
final class GitHubSponsorsSourceConfig {

    static final String LOGIN = "login";
    static final String TOKEN = "token";
    static final String BASE_URL = "baseUrl";
    static final String PAGE_SIZE = "pageSize";

    static final String DEFAULT_BASE_URL = "https://api.github.com";
    static final int MAX_PAGE_SIZE = 100;

    private static final Pattern LOGIN_SHAPE = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(LOGIN, ConfigType.STRING)
                    .label("Sponsored account")
                    .help("The login of the user or organization that receives the sponsorships, as in "
                            + "github.com/sponsors/LOGIN.")
                    .required()
                    .build(),
            ConfigField.builder(TOKEN, ConfigType.STRING)
                    .label("Access token")
                    .help("A token of an owner of the sponsored account: a classic personal access token with "
                            + "read:user (and read:org for an organization), so that GitHub shows every "
                            + "sponsorship, private ones included.")
                    .required()
                    .secret()
                    .build(),
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("API URL")
                    .help("https://api.github.com; the plugin posts its queries to API URL/graphql.")
                    .defaultValue(DEFAULT_BASE_URL)
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many sponsorships one request asks for (GitHub allows at most 100).")
                    .defaultValue(String.valueOf(MAX_PAGE_SIZE))
                    .build());

    private final String login;
    private final String token;
    private final URI baseUrl;
    private final int pageSize;

    private GitHubSponsorsSourceConfig(SourceConfig config) {
        this.login = config.string(LOGIN);
        this.token = config.string(TOKEN);
        this.baseUrl = config.url(BASE_URL);
        this.pageSize = (int) config.integer(PAGE_SIZE);
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when a setting is wrong in a way the schema cannot see
     */
    static GitHubSponsorsSourceConfig of(SourceConfig config) {
        validate(config);
        return new GitHubSponsorsSourceConfig(config);
    }

    /**
     * Checks what the schema cannot, without calling GitHub: a login of the right shape and a page size GitHub
     * accepts.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!LOGIN_SHAPE.matcher(config.string(LOGIN)).matches()) {
            problems.add(new ConfigProblem(LOGIN, "is a GitHub login: letters, digits and inner hyphens, like "
                    + "octocat"));
        }
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    String login() {
        return login;
    }

    String token() {
        return token;
    }

    URI baseUrl() {
        return baseUrl;
    }

    int pageSize() {
        return pageSize;
    }
}
