package org.partnersplatform.plugins.github;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The typed settings of one GitHub installation, read from a {@link SourceConfig} validated against {@link #SCHEMA}.
 * Problem messages never repeat a secret's value.
 */
final class GitHubSourceConfig {

    static final String TOKEN = "token";
    static final String BASE_URL = "baseUrl";
    static final String REPOSITORIES = "repositories";
    static final String ORGANIZATION = "organization";
    static final String INCLUDE_ISSUES = "includeIssues";
    static final String INCLUDE_COMMENTS = "includeComments";
    static final String WEBHOOK_SECRET = "webhookSecret";
    static final String PAGE_SIZE = "pageSize";

    static final String DEFAULT_BASE_URL = "https://api.github.com";
    static final int MAX_PAGE_SIZE = 100;

    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?");

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(TOKEN, ConfigType.STRING)
                    .label("Access token")
                    .help("A personal access token (fine-grained: read access to contents, pull requests and issues "
                            + "of the repositories) or a GitHub App installation token.")
                    .required()
                    .secret()
                    .build(),
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("API URL")
                    .help("https://api.github.com for github.com; https://HOST/api/v3 for GitHub Enterprise Server.")
                    .defaultValue(DEFAULT_BASE_URL)
                    .build(),
            ConfigField.builder(REPOSITORIES, ConfigType.LIST)
                    .label("Repositories")
                    .help("Repositories to read, as owner/name, one a line.")
                    .build(),
            ConfigField.builder(ORGANIZATION, ConfigType.STRING)
                    .label("Organization")
                    .help("Read every repository of this organization (its login, as in github.com/LOGIN), in "
                            + "addition to the repositories listed.")
                    .build(),
            ConfigField.builder(INCLUDE_ISSUES, ConfigType.BOOLEAN)
                    .label("Count opened issues")
                    .help("Also count each issue opened, as a conversation.")
                    .defaultValue("false")
                    .build(),
            ConfigField.builder(INCLUDE_COMMENTS, ConfigType.BOOLEAN)
                    .label("Count issue comments")
                    .help("Also count each comment on an issue or a pull request's conversation, as a conversation.")
                    .defaultValue("false")
                    .build(),
            ConfigField.builder(WEBHOOK_SECRET, ConfigType.STRING)
                    .label("Webhook secret")
                    .help("The secret set on the repository's or organization's webhook; without it deliveries "
                            + "are refused.")
                    .secret()
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many items one API request asks for (GitHub allows at most 100).")
                    .defaultValue(String.valueOf(MAX_PAGE_SIZE))
                    .build());

    private final String token;
    private final URI baseUrl;
    private final List<String> repositories;
    private final Optional<String> organization;
    private final boolean includeIssues;
    private final boolean includeComments;
    private final Optional<String> webhookSecret;
    private final int pageSize;

    private GitHubSourceConfig(SourceConfig config) {
        this.token = config.string(TOKEN);
        this.baseUrl = config.url(BASE_URL);
        this.repositories = config.list(REPOSITORIES);
        this.organization = config.optional(ORGANIZATION);
        this.includeIssues = config.bool(INCLUDE_ISSUES);
        this.includeComments = config.bool(INCLUDE_COMMENTS);
        this.webhookSecret = config.optional(WEBHOOK_SECRET);
        this.pageSize = (int) config.integer(PAGE_SIZE);
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when a setting is wrong in a way the schema cannot see
     */
    static GitHubSourceConfig of(SourceConfig config) {
        validate(config);
        return new GitHubSourceConfig(config);
    }

    /**
     * Checks what the schema cannot, without calling GitHub: at least one repository or an organization, names of
     * the right shape, a page size GitHub accepts.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<String> repositories = config.list(REPOSITORIES);
        Optional<String> organization = config.optional(ORGANIZATION);
        if (repositories.isEmpty() && organization.isEmpty()) {
            problems.add(new ConfigProblem(REPOSITORIES, "name at least one repository as owner/name, or set "
                    + ORGANIZATION + " to read all of an organization's repositories"));
        }
        List<String> wrong = repositories.stream().filter(r -> !REPOSITORY.matcher(r).matches()).toList();
        if (!wrong.isEmpty()) {
            problems.add(new ConfigProblem(REPOSITORIES, "each repository is owner/name, like octokit/octokit.rb; "
                    + "not " + wrong));
        }
        organization.filter(o -> !OWNER.matcher(o).matches()).ifPresent(o -> problems.add(new ConfigProblem(
                ORGANIZATION, "is an organization's login: letters, digits and inner hyphens, like octokit")));
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    String token() {
        return token;
    }

    URI baseUrl() {
        return baseUrl;
    }

    List<String> repositories() {
        return repositories;
    }

    Optional<String> organization() {
        return organization;
    }

    boolean includeIssues() {
        return includeIssues;
    }

    boolean includeComments() {
        return includeComments;
    }

    Optional<String> webhookSecret() {
        return webhookSecret;
    }

    int pageSize() {
        return pageSize;
    }
}
