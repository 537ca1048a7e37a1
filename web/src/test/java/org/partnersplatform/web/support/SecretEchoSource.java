package org.partnersplatform.web.support;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.ConfigField;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.config.ConfigSchema;
import org.partnersplatform.api.config.ConfigType;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.Extension;

/**
 * A test source with a secret: it sends its token as a bearer token and as an {@code api_key} query parameter to a
 * replay server, whose plain-text answer lists items as {@code id,email,instant} lines.
 */
@Extension
public class SecretEchoSource implements PullSource {

    public static final String ID = "org.partnersplatform.test.secret";

    @Override
    public SourceDescriptor descriptor() {
        return new SourceDescriptor(ID, "Secret echo", "Test source with a secret setting",
                SourceCapabilities.ORDERED_INCREMENTAL,
                List.of(ActivityType.of("item", "Item", ActivityKind.CONTRIBUTION, "2")),
                ConfigSchema.of(
                        ConfigField.builder("baseUrl", ConfigType.URL).required().build(),
                        ConfigField.builder("token", ConfigType.STRING).label("API token").required().secret()
                                .build()));
    }

    @Override
    public void validate(SourceConfig config) {
        if (config.string("token").length() < 8) {
            throw new InvalidConfigurationException(new ConfigProblem("token", "is at least 8 characters"));
        }
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new PagedSession<>() {
            @Override
            public Page<ActivityRecord> fetch(Checkpoint from) {
                String token = config.string("token");
                HttpResult result = context.http().send(HttpRequestSpec
                        .get(URI.create(config.string("baseUrl") + "/items?api_key=" + token))
                        .bearer(token).build());
                if (result.status() == 401) {
                    throw new InvalidConfigurationException(new ConfigProblem("token", "was refused (401)"));
                }
                List<ActivityRecord> records = new ArrayList<>();
                for (String line : result.bodyAsString().split("\n")) {
                    if (!line.isBlank()) {
                        String[] parts = line.strip().split(",");
                        records.add(new ActivityRecord(parts[0], "item", Instant.parse(parts[2]),
                                Actor.byEmail(parts[1], parts[1]), null, "item " + parts[0], Map.of(), null));
                    }
                }
                return Page.of(records, Checkpoint.of("done"), false);
            }

            @Override
            public void close() {
            }
        };
    }
}
