package org.partnersplatform.testkit;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * A source that reads {@code GET {baseUrl}/posts?page=N} through the context's HTTP client: one {@code id,ISO-instant}
 * line a post, the next page named by a {@code Link: <...>; rel="next"} header, the number of the page to read
 * next as checkpoint.
 * A {@link Flaw} makes it mishandle a rate limit.
 */
final class PagedHttpSource implements PullSource {

    /** How the source mishandles a rate limit. */
    enum Flaw {
        NONE,
        SWALLOWS_RATE_LIMIT,
        WRAPS_RATE_LIMIT
    }

    static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("baseUrl", ConfigType.URL).required().build(),
            ConfigField.builder("token", ConfigType.STRING).secret().build());
    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor("org.example.posts", "Posts",
            "Posts of a forum.", SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(ActivityType.of("post", "Post", ActivityKind.CONVERSATION, "0.5")), SCHEMA);
    private static final Pattern NEXT = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>;\\s*rel=\"next\"");

    private final Flaw flaw;

    PagedHttpSource(Flaw flaw) {
        this.flaw = flaw;
    }

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new PagedSession<>() {
            @Override
            public Page<ActivityRecord> fetch(Checkpoint from) {
                String page = from.isStart() ? "1" : from.token();
                HttpRequestSpec.Builder request = HttpRequestSpec.get(URI.create(config.string("baseUrl")
                        + "/posts?page=" + page));
                config.optional("token").ifPresent(request::bearer);
                HttpResult result;
                try {
                    result = context.http().send(request.build());
                } catch (RateLimitedException e) {
                    if (flaw == Flaw.SWALLOWS_RATE_LIMIT) {
                        return Page.last(from);
                    }
                    if (flaw == Flaw.WRAPS_RATE_LIMIT) {
                        throw new TemporarilyUnavailableException("the forum is busy", e);
                    }
                    throw e;
                }
                if (result.status() == 401) {
                    throw new InvalidConfigurationException(new ConfigProblem("token", "is refused by the forum"));
                }
                List<ActivityRecord> items = result.bodyAsString().lines()
                        .filter(line -> !line.isBlank())
                        .map(line -> line.split(","))
                        .map(f -> new ActivityRecord("post-" + f[0], "post", Instant.parse(f[1]),
                                Actor.byEmail(null, "poster@example.org"), null, null, null, null))
                        .toList();
                Matcher next = NEXT.matcher(result.header("Link").orElse(""));
                if (next.find()) {
                    return Page.of(items, Checkpoint.of(next.group(1)), true);
                }
                // Past the last page, so that a later run reads only pages added since.
                return items.isEmpty() ? Page.last(from)
                        : Page.of(items, Checkpoint.of(Integer.toString(Integer.parseInt(page) + 1)), false);
            }

            @Override
            public void close() {
            }
        };
    }
}
