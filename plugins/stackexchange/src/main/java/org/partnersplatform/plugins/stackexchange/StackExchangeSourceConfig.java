package org.partnersplatform.plugins.stackexchange;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
 * The typed settings of one Stack Exchange installation, read from a {@link SourceConfig} validated against {@link
 * #SCHEMA}. Problem messages never repeat a setting's value, as {@link ConfigProblem} asks.
 */
final class StackExchangeSourceConfig {

    static final String SITE = "site";
    static final String TAGS = "tags";
    static final String API_KEY = "apiKey";
    static final String BASE_URL = "baseUrl";
    static final String PAGE_SIZE = "pageSize";

    static final String DEFAULT_BASE_URL = "https://api.stackexchange.com/2.3";
    /** The API refuses a larger {@code pagesize}, and at most 100 question ids fit in one answers request. */
    static final int MAX_PAGE_SIZE = 100;

    /** A site's API parameter ({@code stackoverflow}, {@code superuser}, {@code ru.stackoverflow}) or its domain. */
    private static final Pattern SITE_PATTERN = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");
    /** Stack Exchange tags: lower-case letters, digits and {@code + # - .}; a {@code ;} would join two tags. */
    private static final Pattern TAG_PATTERN = Pattern.compile("[a-z0-9+#.-]{1,35}");

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(SITE, ConfigType.STRING)
                    .label("Site")
                    .help("The site's API name, as in its URL: stackoverflow, superuser, serverfault, or a site's "
                            + "domain such as stackoverflow.com.")
                    .defaultValue("stackoverflow")
                    .build(),
            ConfigField.builder(TAGS, ConfigType.LIST)
                    .label("Tags")
                    .help("The tags whose questions count, one a line (for example mautic). A question with any of "
                            + "them counts once.")
                    .required()
                    .build(),
            ConfigField.builder(API_KEY, ConfigType.STRING)
                    .label("API key")
                    .help("An app key registered at stackapps.com (not a secret there, but kept as one here): it "
                            + "raises the daily quota from 300 to 10,000 requests. Leave empty to go without.")
                    .secret()
                    .build(),
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("API base URL")
                    .help("The Stack Exchange API 2.3 endpoint; change it only for a proxy or a test server.")
                    .defaultValue(DEFAULT_BASE_URL)
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many questions one page reads (1 to 100); the position is saved after each page.")
                    .defaultValue("50")
                    .build());

    private final String site;
    private final List<String> tags;
    private final Optional<String> apiKey;
    private final URI baseUrl;
    private final int pageSize;

    private StackExchangeSourceConfig(String site, List<String> tags, Optional<String> apiKey, URI baseUrl,
                                      int pageSize) {
        this.site = site;
        this.tags = tags;
        this.apiKey = apiKey;
        this.baseUrl = baseUrl;
        this.pageSize = pageSize;
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when a setting is wrong in a way the schema cannot tell
     */
    static StackExchangeSourceConfig of(SourceConfig config) {
        validate(config);
        String base = config.string(BASE_URL);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new StackExchangeSourceConfig(config.string(SITE).toLowerCase(Locale.ROOT), tags(config),
                config.optional(API_KEY), URI.create(base), (int) config.integer(PAGE_SIZE));
    }

    /**
     * Checks what the schema cannot, without calling the API: the site's and the tags' spelling and the page size.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!SITE_PATTERN.matcher(config.string(SITE).toLowerCase(Locale.ROOT)).matches()) {
            problems.add(new ConfigProblem(SITE, "must be a site's API name such as stackoverflow or superuser "
                    + "(letters, digits, dots and dashes)"));
        }
        List<String> tags = tags(config);
        if (tags.isEmpty()) {
            problems.add(new ConfigProblem(TAGS, "needs at least one tag"));
        }
        for (String tag : tags) {
            if (!TAG_PATTERN.matcher(tag).matches()) {
                problems.add(new ConfigProblem(TAGS, "has a tag that is not a Stack Exchange tag: use letters, "
                        + "digits and + # - . only, one tag a line"));
                break;
            }
        }
        config.optional(API_KEY).ifPresent(key -> {
            if (key.chars().anyMatch(c -> c <= ' ' || c == '&' || c == '=')) {
                problems.add(new ConfigProblem(API_KEY, "must be the key exactly as stackapps.com shows it, "
                        + "without spaces"));
            }
        });
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** The tags lower-cased, as the API stores them, without repeats, in the order entered. */
    private static List<String> tags(SourceConfig config) {
        return List.copyOf(new LinkedHashSet<>(config.list(TAGS).stream()
                .map(tag -> tag.toLowerCase(Locale.ROOT))
                .toList()));
    }

    String site() {
        return site;
    }

    List<String> tags() {
        return tags;
    }

    Optional<String> apiKey() {
        return apiKey;
    }

    URI baseUrl() {
        return baseUrl;
    }

    int pageSize() {
        return pageSize;
    }
}
