package org.partnersplatform.plugins.discourse;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The typed settings of one Discourse installation, read from a {@link SourceConfig} validated against {@link
 * #SCHEMA}. Problem messages never repeat a setting's value, as {@link ConfigProblem} asks.
 */
final class DiscourseSourceConfig {

    static final String BASE_URL = "baseUrl";
    static final String API_KEY = "apiKey";
    static final String API_USERNAME = "apiUsername";
    static final String CATEGORIES = "categories";
    static final String COUNT_SELF_ANSWERS = "countSelfAnswers";
    static final String INCLUDE_CONVERSATIONS = "includeConversations";
    static final String PAGE_SIZE = "pageSize";
    static final String SOLVED_LOOKBACK_DAYS = "solvedLookbackDays";

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("Forum URL")
                    .help("The forum's address, such as https://forum.example.org (every forum has its own, so there "
                            + "is no default).")
                    .required()
                    .build(),
            ConfigField.builder(API_KEY, ConfigType.STRING)
                    .label("API key")
                    .help("An API key from Admin > API > Keys with read access; leave empty for a public forum, which "
                            + "is then read as an anonymous visitor sees it.")
                    .secret()
                    .build(),
            ConfigField.builder(API_USERNAME, ConfigType.STRING)
                    .label("API username")
                    .help("The user the API key acts as; system unless the key is tied to another user.")
                    .defaultValue("system")
                    .build(),
            ConfigField.builder(CATEGORIES, ConfigType.LIST)
                    .label("Categories")
                    .help("Category slugs or numeric ids whose topics count, one a line; empty counts every category. "
                            + "A subcategory is not included by its parent: list it too.")
                    .build(),
            ConfigField.builder(COUNT_SELF_ANSWERS, ConfigType.BOOLEAN)
                    .label("Count self-answers")
                    .help("Whether a solution written by the topic's own author counts.")
                    .defaultValue("false")
                    .build(),
            ConfigField.builder(INCLUDE_CONVERSATIONS, ConfigType.BOOLEAN)
                    .label("Include conversations")
                    .help("Also count topics created and replies posted (conversation activities); this reads every "
                            + "changed topic instead of only the solved ones.")
                    .defaultValue("false")
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Topics per page")
                    .help("How many changed topics one page reads; the position is saved after each page.")
                    .defaultValue("20")
                    .build(),
            ConfigField.builder(SOLVED_LOOKBACK_DAYS, ConfigType.INTEGER)
                    .label("Solution look-back (days)")
                    .help("Accepting an answer does not bump a topic, so each new run also reads again the topics "
                            + "bumped this many days before the last run's newest one; 0 turns this off.")
                    .defaultValue("7")
                    .build());

    private static final int MAX_PAGE_SIZE = 1000;
    private static final int MAX_LOOKBACK_DAYS = 3650;

    private final URI baseUrl;
    private final Optional<String> apiKey;
    private final String apiUsername;
    private final List<String> categories;
    private final boolean countSelfAnswers;
    private final boolean includeConversations;
    private final int pageSize;
    private final int solvedLookbackDays;

    private DiscourseSourceConfig(SourceConfig config) {
        this.baseUrl = withoutTrailingSlash(config.string(BASE_URL));
        this.apiKey = config.optional(API_KEY);
        this.apiUsername = config.string(API_USERNAME);
        this.categories = config.list(CATEGORIES);
        this.countSelfAnswers = config.bool(COUNT_SELF_ANSWERS);
        this.includeConversations = config.bool(INCLUDE_CONVERSATIONS);
        this.pageSize = (int) config.integer(PAGE_SIZE);
        this.solvedLookbackDays = (int) config.integer(SOLVED_LOOKBACK_DAYS);
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when a number is out of range
     */
    static DiscourseSourceConfig of(SourceConfig config) {
        validate(config);
        return new DiscourseSourceConfig(config);
    }

    /**
     * Checks what the schema cannot, without calling the forum: numbers in range and no query or fragment in the URL
     * (paths are kept, for a forum served under a subfolder).
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        URI url = URI.create(config.string(BASE_URL));
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            problems.add(new ConfigProblem(BASE_URL, "must be the forum's address without ?query or #fragment"));
        }
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        long lookback = config.integer(SOLVED_LOOKBACK_DAYS);
        if (lookback < 0 || lookback > MAX_LOOKBACK_DAYS) {
            problems.add(new ConfigProblem(SOLVED_LOOKBACK_DAYS,
                    "must be a whole number of days from 0 to " + MAX_LOOKBACK_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    private static URI withoutTrailingSlash(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return URI.create(trimmed);
    }

    /** The forum's address, without a trailing slash. */
    URI baseUrl() {
        return baseUrl;
    }

    Optional<String> apiKey() {
        return apiKey;
    }

    String apiUsername() {
        return apiUsername;
    }

    /** The configured category slugs and ids, as entered; empty for every category. */
    List<String> categories() {
        return categories;
    }

    boolean countSelfAnswers() {
        return countSelfAnswers;
    }

    boolean includeConversations() {
        return includeConversations;
    }

    int pageSize() {
        return pageSize;
    }

    int solvedLookbackDays() {
        return solvedLookbackDays;
    }
}
