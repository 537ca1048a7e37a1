package org.partnersplatform.plugins.jira;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The typed settings of one Jira installation, read from a {@link SourceConfig} validated against {@link #SCHEMA}.
 * Problem messages never repeat a setting's value, as {@link ConfigProblem} asks.
 */
final class JiraSourceConfig {

    static final String DEPLOYMENT = "deployment";
    static final String BASE_URL = "baseUrl";
    static final String EMAIL = "email";
    static final String API_TOKEN = "apiToken";
    static final String PERSONAL_ACCESS_TOKEN = "personalAccessToken";
    static final String JQL = "jql";
    static final String PROJECTS = "projects";
    static final String ISSUE_TYPES = "issueTypes";
    static final String DONE_STATUSES = "doneStatuses";
    static final String TIME_ZONE = "timeZone";
    static final String PAGE_SIZE = "pageSize";

    /** The filter used when {@link #JQL} is empty and no done statuses are set: every resolved issue. */
    static final String DEFAULT_JQL = "resolution IS NOT EMPTY";

    static final int MAX_PAGE_SIZE = 1000;

    private static final Pattern ORDER_BY = Pattern.compile("(?i)\\border\\s+by\\b");

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(DEPLOYMENT, ConfigType.STRING)
                    .label("Deployment")
                    .help("cloud for Jira Cloud (*.atlassian.net), server for Jira Server or Data Center.")
                    .defaultValue(Deployment.CLOUD.value())
                    .build(),
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("Jira URL")
                    .help("The site's address, e.g. https://your-site.atlassian.net or https://jira.example.org "
                            + "(with the context path if Jira has one).")
                    .required()
                    .build(),
            ConfigField.builder(EMAIL, ConfigType.STRING)
                    .label("Atlassian account email")
                    .help("Cloud only: the email of the account whose API token is used.")
                    .build(),
            ConfigField.builder(API_TOKEN, ConfigType.STRING)
                    .label("API token")
                    .help("Cloud only: an API token of that account (id.atlassian.com, Security, API tokens) that can "
                            + "browse the projects.")
                    .secret()
                    .build(),
            ConfigField.builder(PERSONAL_ACCESS_TOKEN, ConfigType.STRING)
                    .label("Personal access token")
                    .help("Server/Data Center only: a personal access token (Profile, Personal Access Tokens) of a "
                            + "user who can browse the projects.")
                    .secret()
                    .build(),
            ConfigField.builder(JQL, ConfigType.STRING)
                    .label("JQL filter")
                    .help("Which issues count, without ORDER BY. Empty means " + DEFAULT_JQL + " (or, with done "
                            + "statuses set, every issue in those statuses).")
                    .build(),
            ConfigField.builder(PROJECTS, ConfigType.LIST)
                    .label("Projects")
                    .help("Project keys to read, e.g. MAUT; empty reads every project the account can browse.")
                    .build(),
            ConfigField.builder(ISSUE_TYPES, ConfigType.LIST)
                    .label("Issue types")
                    .help("Issue type names that count, e.g. Task; empty counts every type.")
                    .build(),
            ConfigField.builder(DONE_STATUSES, ConfigType.LIST)
                    .label("Done statuses")
                    .help("Status names that mean done, for workflows that do not set a resolution; empty counts "
                            + "resolved issues.")
                    .build(),
            ConfigField.builder(TIME_ZONE, ConfigType.STRING)
                    .label("Time zone of the Jira account")
                    .help("The time zone in the profile of the account used (e.g. Europe/Paris): Jira reads the "
                            + "dates of a JQL query in it.")
                    .defaultValue("UTC")
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many issues one request reads (maxResults); Jira Cloud serves at most 100.")
                    .defaultValue("50")
                    .build());

    private final Deployment deployment;
    private final URI baseUrl;
    private final Optional<String> email;
    private final Optional<String> apiToken;
    private final Optional<String> personalAccessToken;
    private final Optional<String> jql;
    private final List<String> projects;
    private final List<String> issueTypes;
    private final List<String> doneStatuses;
    private final ZoneId timeZone;
    private final int pageSize;

    private JiraSourceConfig(SourceConfig config) {
        this.deployment = Deployment.parse(config.string(DEPLOYMENT)).orElseThrow();
        this.baseUrl = withoutTrailingSlash(config.url(BASE_URL));
        this.email = config.optional(EMAIL);
        this.apiToken = config.optional(API_TOKEN);
        this.personalAccessToken = config.optional(PERSONAL_ACCESS_TOKEN);
        this.jql = config.optional(JQL);
        this.projects = config.list(PROJECTS);
        this.issueTypes = config.list(ISSUE_TYPES);
        this.doneStatuses = config.list(DONE_STATUSES);
        this.timeZone = ZoneId.of(config.string(TIME_ZONE));
        this.pageSize = (int) config.integer(PAGE_SIZE);
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when {@link #validate} would refuse them
     */
    static JiraSourceConfig of(SourceConfig config) {
        validate(config);
        return new JiraSourceConfig(config);
    }

    /**
     * Checks what the schema cannot, without calling Jira: a known deployment kind with its credentials, a JQL
     * filter without ORDER BY, a real time zone and a page size from 1 to {@value #MAX_PAGE_SIZE}.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Optional<Deployment> deployment = Deployment.parse(config.string(DEPLOYMENT));
        if (deployment.isEmpty()) {
            problems.add(new ConfigProblem(DEPLOYMENT, "must be cloud or server"));
        } else if (deployment.get() == Deployment.CLOUD) {
            if (config.optional(EMAIL).isEmpty()) {
                problems.add(new ConfigProblem(EMAIL, "is required for Jira Cloud: the email of the Atlassian "
                        + "account whose API token is used"));
            }
            if (config.optional(API_TOKEN).isEmpty()) {
                problems.add(new ConfigProblem(API_TOKEN, "is required for Jira Cloud: create one at "
                        + "id.atlassian.com, Security, API tokens"));
            }
        } else if (config.optional(PERSONAL_ACCESS_TOKEN).isEmpty()) {
            problems.add(new ConfigProblem(PERSONAL_ACCESS_TOKEN, "is required for Jira Server/Data Center: "
                    + "create one in your Jira profile, Personal Access Tokens"));
        }
        config.optional(JQL).filter(jql -> ORDER_BY.matcher(jql).find()).ifPresent(jql -> problems.add(
                new ConfigProblem(JQL, "must not contain ORDER BY: the plugin orders the issues itself to read "
                        + "them incrementally")));
        try {
            ZoneId.of(config.string(TIME_ZONE));
        } catch (DateTimeException e) {
            problems.add(new ConfigProblem(TIME_ZONE, "is not a time zone; use a region id such as Europe/Paris "
                    + "or UTC"));
        }
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static URI withoutTrailingSlash(URI uri) {
        String text = uri.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
    }

    Deployment deployment() {
        return deployment;
    }

    /** The base URL without a trailing slash. */
    URI baseUrl() {
        return baseUrl;
    }

    /** The key of the setting that holds this deployment's credential. */
    String credentialKey() {
        return deployment == Deployment.CLOUD ? API_TOKEN : PERSONAL_ACCESS_TOKEN;
    }

    String email() {
        return email.orElseThrow();
    }

    String apiToken() {
        return apiToken.orElseThrow();
    }

    String personalAccessToken() {
        return personalAccessToken.orElseThrow();
    }

    /** The administrator's own filter, if any. */
    Optional<String> jql() {
        return jql;
    }

    List<String> projects() {
        return projects;
    }

    List<String> issueTypes() {
        return issueTypes;
    }

    List<String> doneStatuses() {
        return doneStatuses;
    }

    /** Whether an issue counts when it reaches a done status rather than when it gets a resolution. */
    boolean countsDoneStatuses() {
        return !doneStatuses.isEmpty();
    }

    /** Whether {@code status} is one of the done statuses, ignoring case as JQL does. */
    boolean isDoneStatus(String status) {
        return status != null && doneStatuses.stream()
                .anyMatch(done -> done.toLowerCase(Locale.ROOT).equals(status.toLowerCase(Locale.ROOT)));
    }

    ZoneId timeZone() {
        return timeZone;
    }

    int pageSize() {
        return pageSize;
    }
}
