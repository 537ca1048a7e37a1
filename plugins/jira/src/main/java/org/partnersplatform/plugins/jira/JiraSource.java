package org.partnersplatform.plugins.jira;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceCapabilities;
import org.partnersplatform.api.source.SourceDescriptor;
import org.pf4j.Extension;

/**
 * Issues resolved in Jira Cloud or Server/Data Center: one {@code issue_resolved} activity per resolved issue (or per
 * issue in a configured done status), credited to the issue's assignee and dated by its resolution (or its last move
 * into a done status). Stateless; {@link JiraSession} does the reading and this class maps what it reads.
 */
@Extension
public final class JiraSource implements PullSource {

    /** The key of the one activity type this source emits. */
    public static final String ISSUE_RESOLVED = "issue_resolved";

    /** How Jira writes times in REST v2 and v3, e.g. {@code 2016-03-03T14:30:17.000+0000}. */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            "org.partnersplatform.jira",
            "Jira",
            "Issues resolved (or moved to a done status) in Jira Cloud or Server, credited to their assignee.",
            SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(ActivityType.of(ISSUE_RESOLVED, "Issue resolved", ActivityKind.CONTRIBUTION, "2")),
            JiraSourceConfig.SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Refuses a missing credential for the deployment kind, ORDER BY in the filter, a bad zone or page size. */
    @Override
    public void validate(SourceConfig config) {
        JiraSourceConfig.validate(config);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        return new JiraSession(JiraSourceConfig.of(config), context);
    }

    /** What one issue of a search becomes. */
    sealed interface Mapped {
    }

    /** A resolved issue credited to its assignee. */
    record Emitted(ActivityRecord record) implements Mapped {
    }

    /** A resolved issue that cannot be credited, with the reason the run reports. */
    record Rejected(RejectedItem item) implements Mapped {
    }

    /** An issue the search returned that is not resolved (or not in a done status): not an activity. */
    record NotDone() implements Mapped {
    }

    /** The item id of an issue: its key, which is what people quote. */
    static String itemId(String key) {
        return "issue-" + key;
    }

    /**
     * The time an issue is ordered and bounded by in the search ({@link JqlQuery#orderField()}): its resolution date,
     * or its last update when done statuses are counted. Empty when the issue has none or it cannot be read.
     */
    static Optional<Instant> orderTime(Map<String, Object> issue, JiraSourceConfig config) {
        Map<String, Object> fields = object(issue.get("fields"));
        return time(fields.get(config.countsDoneStatuses() ? "updated" : "resolutiondate"));
    }

    /** Maps one issue of a search; {@code key} is its key, already read. */
    static Mapped map(Map<String, Object> issue, String key, JiraSourceConfig config) {
        Map<String, Object> fields = object(issue.get("fields"));
        String id = itemId(key);
        String status = string(object(fields.get("status")).get("name"));
        Object resolutionDate = fields.get("resolutiondate");
        boolean done = config.countsDoneStatuses() ? config.isDoneStatus(status) : resolutionDate != null;
        if (!done) {
            return new NotDone();
        }
        Optional<Instant> occurredAt = config.countsDoneStatuses()
                ? lastMoveToDone(issue, config).or(() -> time(resolutionDate)).or(() -> time(fields.get("updated")))
                : time(resolutionDate);
        if (occurredAt.isEmpty()) {
            return new Rejected(new RejectedItem(id, "the issue's resolutiondate cannot be read: " + resolutionDate));
        }
        Object assignee = fields.get("assignee");
        if (assignee == null) {
            return new Rejected(new RejectedItem(id, "resolved without an assignee, so nobody is credited"));
        }
        Optional<Actor> actor = actor(object(assignee), config);
        if (actor.isEmpty()) {
            return new Rejected(new RejectedItem(id,
                    "the assignee's account was deleted (Jira gives it no id), so it cannot be linked to a person"));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        putIfPresent(attributes, "project", string(object(fields.get("project")).get("key")));
        putIfPresent(attributes, "issueType", string(object(fields.get("issuetype")).get("name")));
        putIfPresent(attributes, "status", status);
        return new Emitted(new ActivityRecord(id, ISSUE_RESOLVED, occurredAt.get(), actor.get(),
                config.baseUrl() + "/browse/" + key, string(fields.get("summary")), attributes, null));
    }

    /**
     * The assignee as an actor, identified by Cloud's {@code accountId} or Server's {@code key} (falling back to
     * {@code name}, which older Server versions use as the key); empty when the account has no id left.
     */
    static Optional<Actor> actor(Map<String, Object> user, JiraSourceConfig config) {
        String displayName = string(user.get("displayName"));
        String email = string(user.get("emailAddress"));
        if (config.deployment() == Deployment.CLOUD) {
            String accountId = string(user.get("accountId"));
            if (accountId == null) {
                return Optional.empty();
            }
            boolean app = "app".equals(string(user.get("accountType")));
            return Optional.of(new Actor(accountId, null, displayName, email,
                    config.baseUrl() + "/jira/people/" + accountId, app));
        }
        String name = string(user.get("name"));
        String userKey = Optional.ofNullable(string(user.get("key"))).orElse(name);
        if (userKey == null) {
            return Optional.empty();
        }
        String profile = name == null ? null : config.baseUrl() + "/secure/ViewProfile.jspa?name=" + name;
        return Optional.of(new Actor(userKey, name, displayName, email, profile, false));
    }

    /** When the issue last moved into a done status, from its changelog ({@code expand=changelog}). */
    private static Optional<Instant> lastMoveToDone(Map<String, Object> issue, JiraSourceConfig config) {
        Instant last = null;
        for (Object history : list(object(issue.get("changelog")).get("histories"))) {
            Map<String, Object> entry = object(history);
            boolean toDone = list(entry.get("items")).stream().map(JiraSource::object)
                    .anyMatch(item -> "status".equals(item.get("field"))
                            && config.isDoneStatus(string(item.get("toString"))));
            Optional<Instant> created = time(entry.get("created"));
            if (toDone && created.isPresent() && (last == null || created.get().isAfter(last))) {
                last = created.get();
            }
        }
        return Optional.ofNullable(last);
    }

    /** A Jira time, or empty when absent or unreadable. */
    static Optional<Instant> time(Object value) {
        if (!(value instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JIRA_TIME.parse(text, Instant::from));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> list ? list : List.of();
    }

    static String string(Object value) {
        return value instanceof String text && !text.isBlank() ? text : null;
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
    }
}
