package org.partnersplatform.core.testplugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * A pull source whose behaviour is scripted by its installation's settings, so that tests can drive a plugin loaded
 * from a real jar (whose classes are not the test's) without sharing any state with it. Ordered and incremental: the
 * checkpoint is the index of the next item. Its source id comes from {@value #ID_RESOURCE} in its jar, so several
 * jars can carry it. Deliberately not annotated {@code @Extension}: the jars list it in their own index.
 */
public final class ScriptedSource implements PullSource {

    public static final String ID_RESOURCE = "scripted-source.properties";
    public static final String DEFAULT_ID = "org.example.scripted";

    /** Every item of a normal run. */
    public static final String NORMAL = "normal";
    /** Throws a {@link RuntimeException} on page {@code modePage}. */
    public static final String FAIL = "fail";
    /** Sleeps forever on page {@code modePage} (an interrupt ends the sleep). */
    public static final String HANG = "hang";
    /** Adds one malformed record to each page, a different flaw per page. */
    public static final String MALFORMED = "malformed";
    /** Throws {@link TemporarilyUnavailableException} the first time page {@code modePage} is read in a session. */
    public static final String FLAKY = "flaky";
    /** Throws {@link RateLimitedException} on page {@code modePage}, retry a day later. */
    public static final String RATE_LIMITED = "ratelimited";
    /** Emits the records of the {@code records} setting, one per line. */
    public static final String RECORDS = "records";

    public static final String FAILURE_MESSAGE = "scripted failure on page ";
    public static final Instant FIRST_ITEM_AT = Instant.parse("2024-01-01T00:00:00Z");

    private static final Set<String> MODES = Set.of(NORMAL, FAIL, HANG, MALFORMED, FLAKY, RATE_LIMITED, RECORDS);

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("items", ConfigType.INTEGER).defaultValue("10").build(),
            ConfigField.builder("pageSize", ConfigType.INTEGER).defaultValue("5").build(),
            ConfigField.builder("mode", ConfigType.STRING).defaultValue(NORMAL).build(),
            ConfigField.builder("modePage", ConfigType.INTEGER).defaultValue("3").build(),
            ConfigField.builder("pauseMillis", ConfigType.INTEGER).defaultValue("0").build(),
            ConfigField.builder("records", ConfigType.TEXT).build(),
            ConfigField.builder("requireToken", ConfigType.BOOLEAN).defaultValue("false").build(),
            ConfigField.builder("token", ConfigType.STRING).secret().build());

    private static final List<ActivityType> TYPES = List.of(
            ActivityType.of("commit", "Commit", ActivityKind.CONTRIBUTION, "1"),
            ActivityType.of("pull_request_merged", "Pull request merged", ActivityKind.CONTRIBUTION, "5"),
            ActivityType.of("comment", "Comment", ActivityKind.CONVERSATION, "0.5"));

    private final SourceDescriptor descriptor;

    public ScriptedSource() {
        this.descriptor = new SourceDescriptor(sourceId(), "Scripted source", "A source scripted by its settings",
                SourceCapabilities.ORDERED_INCREMENTAL, TYPES, SCHEMA);
    }

    @Override
    public SourceDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public void validate(SourceConfig config) {
        List<ConfigProblem> problems = new ArrayList<>();
        if (!MODES.contains(config.string("mode"))) {
            problems.add(new ConfigProblem("mode", "is one of " + MODES));
        }
        if (config.bool("requireToken") && config.optional("token").isEmpty()) {
            problems.add(new ConfigProblem("token", "is required when requireToken is true"));
        }
        if (config.integer("pageSize") < 1) {
            problems.add(new ConfigProblem("pageSize", "is at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new Session(config, context);
    }

    private String sourceId() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ID_RESOURCE)) {
            if (in == null) {
                return DEFAULT_ID;
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("id", DEFAULT_ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run's reading; it remembers only whether the flaky page already failed once. */
    private static final class Session implements PagedSession<ActivityRecord> {

        private final SourceConfig config;
        private final SourceContext context;
        private final String mode;
        private final int pageSize;
        private final long modePage;
        private final List<ActivityRecord> all;
        private boolean flakyFailed;

        Session(SourceConfig config, SourceContext context) {
            this.config = config;
            this.context = context;
            this.mode = config.string("mode");
            this.pageSize = (int) config.integer("pageSize");
            this.modePage = config.integer("modePage");
            this.all = RECORDS.equals(mode) ? scriptedRecords(config) : generated(config);
        }

        @Override
        public Page<ActivityRecord> fetch(Checkpoint from) {
            int start = from.isStart() ? 0 : Integer.parseInt(from.token());
            if (start >= all.size()) {
                return Page.last(from);
            }
            long page = start / pageSize + 1;
            pause(config.integer("pauseMillis"));
            if (page == modePage) {
                switch (mode) {
                    case FAIL -> throw new RuntimeException(FAILURE_MESSAGE + page);
                    case HANG -> pause(Long.MAX_VALUE);
                    case FLAKY -> {
                        if (!flakyFailed) {
                            flakyFailed = true;
                            throw new TemporarilyUnavailableException("scripted outage on page " + page);
                        }
                    }
                    case RATE_LIMITED -> throw new RateLimitedException("scripted rate limit",
                            context.clock().instant().plus(Duration.ofDays(1)));
                    default -> {
                    }
                }
            }
            int end = Math.min(start + pageSize, all.size());
            List<ActivityRecord> items = new ArrayList<>(all.subList(start, end));
            if (MALFORMED.equals(mode)) {
                items.add(malformed(page));
            }
            return Page.of(items, new Checkpoint(String.valueOf(end)), end < all.size());
        }

        private ActivityRecord malformed(long page) {
            Actor actor = Actor.byEmail("Mal Formed", "mal@example.org");
            String id = "bad-" + page;
            return switch ((int) ((page - 1) % 5)) {
                case 0 -> new ActivityRecord(id, "mystery", FIRST_ITEM_AT, actor, null, "undeclared", null, null);
                case 1 -> new ActivityRecord(" ", "commit", FIRST_ITEM_AT, actor, null, "blank id", null, null);
                case 2 -> new ActivityRecord(id, "commit", Instant.parse("1970-01-01T00:00:00Z"), actor, null,
                        "too old", null, null);
                case 3 -> new ActivityRecord(id, "commit", context.clock().instant().plus(Duration.ofDays(365)),
                        actor, null, "next year", null, null);
                default -> new ActivityRecord(id, "commit", FIRST_ITEM_AT, actor, "ftp://example.org/" + id,
                        "bad url", null, null);
            };
        }

        private static List<ActivityRecord> generated(SourceConfig config) {
            int count = (int) config.integer("items");
            Map<String, String> attributes = config.optional("token")
                    .map(token -> Map.of("tokenLength", String.valueOf(token.length())))
                    .orElse(Map.of());
            List<ActivityRecord> records = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int person = i % 4;
                Actor actor = new Actor("u" + person, "user" + person, "User " + person,
                        "user" + person + "@example.org", null, false);
                records.add(new ActivityRecord("item-" + i, i % 2 == 0 ? "commit" : "pull_request_merged",
                        FIRST_ITEM_AT.plus(Duration.ofHours(i)), actor, "https://example.org/items/" + i, "Item " + i,
                        attributes, null));
            }
            return records;
        }

        /**
         * Lines of {@code itemId;type;occurredAt;sourceUserId;displayName;email;bot}, optionally followed by
         * {@code ;name=value,name=value} attributes.
         */
        private static List<ActivityRecord> scriptedRecords(SourceConfig config) {
            List<ActivityRecord> records = new ArrayList<>();
            for (String line : config.optional("records").orElse("").split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.strip().split(";", -1);
                Actor actor = new Actor(f[3], f[3], f[4], f[5].isEmpty() ? null : f[5], null,
                        Boolean.parseBoolean(f[6]));
                records.add(new ActivityRecord(f[0], f[1], Instant.parse(f[2]), actor,
                        "https://example.org/" + f[0], f[0], f.length > 7 ? attributes(f[7]) : Map.of(), null));
            }
            return records;
        }

        private static Map<String, String> attributes(String text) {
            Map<String, String> attributes = new java.util.LinkedHashMap<>();
            for (String pair : text.split(",")) {
                if (!pair.isBlank()) {
                    attributes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            return attributes;
        }

        private static void pause(long millis) {
            if (millis <= 0) {
                return;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while pausing", e);
            }
        }

        @Override
        public void close() {
        }
    }
}
