package org.partnersplatform.plugins.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.util.FS;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;

/**
 * The typed settings of one git installation, read from a {@link SourceConfig} validated against {@link #SCHEMA}.
 * Problem messages never repeat a setting's value, as {@link ConfigProblem} asks.
 */
final class GitSourceConfig {

    static final String PATH = "path";
    static final String BRANCH = "branch";
    static final String PAGE_SIZE = "pageSize";
    static final String COMMIT_URL_TEMPLATE = "commitUrlTemplate";
    static final String SHA_PLACEHOLDER = "{sha}";

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(PATH, ConfigType.STRING)
                    .label("Repository path")
                    .help("The directory of a clone or of a bare mirror (git clone --mirror) on the host; keeping it "
                            + "fetched is up to the host.")
                    .required()
                    .build(),
            ConfigField.builder(BRANCH, ConfigType.STRING)
                    .label("Branch")
                    .help("The branch whose commits count: HEAD (the repository's default branch), a branch name "
                            + "such as main, or a full ref such as refs/heads/main.")
                    .defaultValue("HEAD")
                    .build(),
            ConfigField.builder(PAGE_SIZE, ConfigType.INTEGER)
                    .label("Page size")
                    .help("How many commits one page walks; the position is saved after each page.")
                    .defaultValue("500")
                    .build(),
            ConfigField.builder(COMMIT_URL_TEMPLATE, ConfigType.STRING)
                    .label("Commit URL template")
                    .help("Where people see a commit, with {sha} for its hash, e.g. "
                            + "https://github.com/org/repo/commit/{sha}. Leave empty for no link.")
                    .build());

    private final Path path;
    private final String branch;
    private final int pageSize;
    private final Optional<String> commitUrlTemplate;

    private GitSourceConfig(Path path, String branch, int pageSize, Optional<String> commitUrlTemplate) {
        this.path = path;
        this.branch = branch;
        this.pageSize = pageSize;
        this.commitUrlTemplate = commitUrlTemplate;
    }

    /**
     * The typed view of validated settings.
     *
     * @throws InvalidConfigurationException when the page size is not a positive int
     */
    static GitSourceConfig of(SourceConfig config) {
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > Integer.MAX_VALUE) {
            throw new InvalidConfigurationException(pageSizeProblem());
        }
        return new GitSourceConfig(Path.of(config.string(PATH)), config.string(BRANCH), (int) pageSize,
                config.optional(COMMIT_URL_TEMPLATE));
    }

    /**
     * Checks what the schema cannot, reading only the local disk: the path is a git repository, the page size is
     * positive and the URL template is an http(s) URL with {@value #SHA_PLACEHOLDER}.
     *
     * @throws InvalidConfigurationException naming every setting that is wrong
     */
    static void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        Path path = Path.of(config.string(PATH));
        if (!Files.isDirectory(path)) {
            problems.add(new ConfigProblem(PATH, "is not an existing directory on the host"));
        } else if (gitDirectory(path).isEmpty()) {
            problems.add(new ConfigProblem(PATH, "is not a git repository (neither a clone nor a bare mirror)"));
        }
        long pageSize = config.integer(PAGE_SIZE);
        if (pageSize < 1 || pageSize > Integer.MAX_VALUE) {
            problems.add(pageSizeProblem());
        }
        config.optional(COMMIT_URL_TEMPLATE).ifPresent(template -> {
            String lower = template.toLowerCase(Locale.ROOT);
            if (!(lower.startsWith("https://") || lower.startsWith("http://")) || !template.contains(SHA_PLACEHOLDER)) {
                problems.add(new ConfigProblem(COMMIT_URL_TEMPLATE,
                        "must be an http or https URL containing " + SHA_PLACEHOLDER));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    /** The git directory of a clone or bare repository at {@code path}, if it is one. */
    static Optional<File> gitDirectory(Path path) {
        return Optional.ofNullable(RepositoryCache.FileKey.resolve(path.toFile(), FS.DETECTED));
    }

    private static ConfigProblem pageSizeProblem() {
        return new ConfigProblem(PAGE_SIZE, "must be a whole number from 1 to " + Integer.MAX_VALUE);
    }

    Path path() {
        return path;
    }

    String branch() {
        return branch;
    }

    int pageSize() {
        return pageSize;
    }

    /** The repository's name as people say it: the directory's name without a {@code .git} suffix. */
    String repositoryName() {
        Path named = path.toAbsolutePath().normalize();
        if (named.getFileName() != null && named.getFileName().toString().equals(".git") && named.getParent() != null) {
            named = named.getParent();
        }
        String name = named.getFileName() == null ? named.toString() : named.getFileName().toString();
        return name.endsWith(".git") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }

    /** The commit's page, when a template is set. */
    Optional<String> commitUrl(String sha) {
        return commitUrlTemplate.map(template -> template.replace(SHA_PLACEHOLDER, sha));
    }
}
