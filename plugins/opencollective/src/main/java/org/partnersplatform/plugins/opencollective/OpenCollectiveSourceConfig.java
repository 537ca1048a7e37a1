package org.partnersplatform.plugins.opencollective;

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
 * The typed settings of one Open Collective installation, read from a {@link SourceConfig} validated against {@link
 * #SCHEMA}. Problem messages never repeat the token.
 */
final class OpenCollectiveSourceConfig {

    static final String COLLECTIVE = "collective";
    static final String TOKEN = "token";
    static final String BASE_URL = "baseUrl";
    static final String PAGE_SIZE = "pageSize";

    static final String DEFAULT_BASE_URL = "https://api.opencollective.com";
    static final int MAX_PAGE_SIZE = 500;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]*[a-z0-9])?");

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(COLLECTIVE, ConfigType.STRING)
                    .label("Collective")
                    .help("The collective's slug, as in opencollective.com/SLUG (for example mautic).")
                    .required()
                    .build(),
            ConfigField.builder(TOKEN, ConfigType.STRING)
                    .label("Personal token")
                    .help("An Open Collective personal token (Settings, For developers). Public contributions are "
                            + "read without one; with one, the limits of the API are higher.")
                    .secret()
                    .build(),
            ConfigField.builder(BASE_URL, ConfigType.URL)
                    .label("API URL")
                    .help("https://api.opencollective.com; change it only for a proxy or a test server.")
                    .defaultValue(DEFAULT_BASE_URL)
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many transactions one request asks for, 1 to " + MAX_PAGE_SIZE + ".")
                    .defaultValue("100")
                    .build());

    private final String collective;
    private final Optional<String> token;
    private final URI baseUrl;
    private final int pageSize;

    private OpenCollectiveSourceConfig(SourceConfig config) {
        this.collective = config.string(COLLECTIVE);
        this.token = config.optional(TOKEN);
        this.baseUrl = config.url(BASE_URL);
        this.pageSize = (int) config.integer(PAGE_SIZE);
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when a setting is wrong in a way the schema cannot see
     */
    static OpenCollectiveSourceConfig of(SourceConfig config) {
        validate(config);
        return new OpenCollectiveSourceConfig(config);
    }

    /**
     * Checks what the schema cannot, without calling Open Collective: a slug of the right shape and a page size the
     * plugin accepts.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!SLUG.matcher(config.string(COLLECTIVE)).matches()) {
            problems.add(new ConfigProblem(COLLECTIVE, "is the collective's slug: lower-case letters, digits and "
                    + "inner hyphens, as in opencollective.com/mautic"));
        }
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            problems.add(new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    String collective() {
        return collective;
    }

    Optional<String> token() {
        return token;
    }

    URI baseUrl() {
        return baseUrl;
    }

    int pageSize() {
        return pageSize;
    }
}
