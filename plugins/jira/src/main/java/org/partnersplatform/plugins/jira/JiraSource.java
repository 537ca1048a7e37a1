package org.partnersplatform.plugins.jira;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * issue in a configured done status), credited to the issue's assignee at that moment (replayed from its changelog)
 * and dated by its resolution (or its last move into a done status). Stateless; {@link JiraSession} does the
 * reading and this class maps what it reads.
 */
@Extension
public final class JiraSource implements PullSource {

    /** The key of the one activity type this source emits. */
    public static final String ISSUE_RESOLVED = "issue_resolved";

    /**
     * The attribute set when the issue's history could not be read whole, so the current assignee was credited
     * rather than the one at resolution; absent otherwise.
     */
    public static final String CREDITED_ASSIGNEE = "creditedAssignee";

    /** The value of {@link #CREDITED_ASSIGNEE}. */
    public static final String CURRENT_CHANGELOG_INCOMPLETE = "current assignee: the changelog was incomplete";

    /** How Jira writes times in REST v2 and v3, e.g. {@code 2016-03-03T14:30:17.000+0000}. */
    private static final DateTimeFormatter JIRA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            "org.partnersplatform.jira",
            "Jira",
            "Issues resolved (or moved to a done status) in Jira Cloud or Server, credited to their assignee at "
                    + "resolution.",
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

    /** Whether an issue the search returned is resolved, or in a done status when those are counted. */
    static boolean isDone(Map<String, Object> issue, JiraSourceConfig config) {
        Map<String, Object> fields = object(issue.get("fields"));
        return config.countsDoneStatuses() ? config.isDoneStatus(string(object(fields.get("status")).get("name")))
                : fields.get("resolutiondate") != null;
    }

    /**
     * Whether the search truncated the issue's history: its {@code changelog.total} counts more histories than it
     * holds (Jira Cloud's search returns at most 100, lately fewer).
     */
    static boolean changelogIncomplete(Map<String, Object> issue) {
        Map<String, Object> changelog = object(issue.get("changelog"));
        return changelog.get("total") instanceof Number total && total.longValue() > list(changelog.get("histories"))
                .size();
    }

    /** The issue with {@code histories} (its whole history) as its changelog. */
    static Map<String, Object> withHistories(Map<String, Object> issue, List<Object> histories) {
        Map<String, Object> changelog = new LinkedHashMap<>();
        changelog.put("startAt", 0);
        changelog.put("maxResults", histories.size());
        changelog.put("total", histories.size());
        changelog.put("histories", histories);
        Map<String, Object> complete = new LinkedHashMap<>(issue);
        complete.put("changelog", changelog);
        return complete;
    }

    /** Maps one issue of a search; {@code key} is its key, already read. */
    static Mapped map(Map<String, Object> issue, String key, JiraSourceConfig config) {
        Map<String, Object> fields = object(issue.get("fields"));
        String id = itemId(key);
        String status = string(object(fields.get("status")).get("name"));
        Object resolutionDate = fields.get("resolutiondate");
        if (!isDone(issue, config)) {
            return new NotDone();
        }
        Optional<Instant> occurredAt = config.countsDoneStatuses()
                ? lastMoveToDone(issue, config).or(() -> time(resolutionDate)).or(() -> time(fields.get("updated")))
                : time(resolutionDate);
        if (occurredAt.isEmpty()) {
            return new Rejected(new RejectedItem(id, "the issue's resolutiondate cannot be read: " + resolutionDate));
        }
        // A history the session could not complete cannot be replayed: the current assignee is credited, and said.
        boolean incomplete = changelogIncomplete(issue);
        Object assignee = incomplete ? fields.get("assignee") : assigneeAt(issue, occurredAt.get(), config);
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
        if (incomplete) {
            attributes.put(CREDITED_ASSIGNEE, CURRENT_CHANGELOG_INCOMPLETE);
        }
        return new Emitted(new ActivityRecord(id, ISSUE_RESOLVED, occurredAt.get(), actor.get(),
                config.baseUrl() + "/browse/" + key, string(fields.get("summary")), attributes, null));
    }

    /**
     * The assignee at {@code at} as a user object like {@code fields.assignee}, or {@code null} when nobody was
     * assigned then. Starts from the current assignee and undoes, newest first, every {@code assignee} change of a
     * history created after {@code at}: the {@code from} side of a change is who was assigned before it. A history
     * that itself resolves the issue (sets {@code resolution}, or moves it to a done status when those are counted)
     * is the resolution, even when Jira stamped it a few milliseconds after the resolution date, so an assignee set on
     * the resolve screen is kept. A history whose time cannot be read is left alone.
     *
     * <p>A user found only in the changelog becomes {@code {accountId|key, displayName}} from {@code from} (Cloud's
     * {@code tmpFromAccountId} first, where Jira sends it) and {@code fromString}: no email, no {@code accountType}
     * (so not a bot), no Server username. When that id is the current assignee's, the current object is used.
     */
    static Object assigneeAt(Map<String, Object> issue, Instant at, JiraSourceConfig config) {
        Object current = object(issue.get("fields")).get("assignee");
        List<Map<String, Object>> later = new ArrayList<>();
        for (Object history : list(object(issue.get("changelog")).get("histories"))) {
            Map<String, Object> entry = object(history);
            Optional<Instant> created = time(entry.get("created"));
            if (created.isPresent() && created.get().isAfter(at) && !resolves(entry, config)) {
                later.add(entry);
            }
        }
        // Newest first; histories of the same time are undone last-listed first, as are items within one.
        Collections.reverse(later);
        later.sort(Comparator.comparing((Map<String, Object> entry) -> time(entry.get("created")).orElseThrow())
                .reversed());
        Object assignee = current;
        for (Map<String, Object> entry : later) {
            List<?> items = new ArrayList<>(list(entry.get("items")));
            Collections.reverse(items);
            for (Object value : items) {
                Map<String, Object> item = object(value);
                if ("assignee".equals(item.get("field"))) {
                    assignee = before(item, current, config);
                }
            }
        }
        return assignee;
    }

    /** Who was assigned before an {@code assignee} change, as a user object, or {@code null} for nobody. */
    private static Object before(Map<String, Object> item, Object current, JiraSourceConfig config) {
        boolean cloud = config.deployment() == Deployment.CLOUD;
        String id = cloud ? Optional.ofNullable(string(item.get("tmpFromAccountId"))).orElse(string(item.get("from")))
                : string(item.get("from"));
        String displayName = string(item.get("fromString"));
        if (id == null && displayName == null) {
            return null;
        }
        Map<String, Object> now = object(current);
        String currentId = cloud ? string(now.get("accountId"))
                : Optional.ofNullable(string(now.get("key"))).orElse(string(now.get("name")));
        if (id != null && id.equals(currentId)) {
            return current;
        }
        Map<String, Object> user = new LinkedHashMap<>();
        if (id != null) {
            user.put(cloud ? "accountId" : "key", id);
        }
        user.put("displayName", displayName);
        return user;
    }

    /** Whether a history records the resolution itself: a resolution set, or a move to a done status. */
    private static boolean resolves(Map<String, Object> history, JiraSourceConfig config) {
        return list(history.get("items")).stream().map(JiraSource::object).anyMatch(item ->
                "resolution".equals(item.get("field"))
                        && (string(item.get("to")) != null || string(item.get("toString")) != null)
                        || config.countsDoneStatuses() && "status".equals(item.get("field"))
                        && config.isDoneStatus(string(item.get("toString"))));
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
