package org.partnersplatform.plugins.jira;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.source.ActivityRecord;
import org.slf4j.Logger;

/**
 * One sync run over Jira's search, oldest first by {@link JqlQuery#orderField()}. Each page searches again from the
 * checkpoint's minute (see {@link JiraCheckpoint}) and skips what the checkpoint covers, rather than following a
 * {@code startAt} offset across pages: an offset shifts when issues are resolved or re-resolved during the run, a
 * time does not. Only when a whole page is issues already read does the same page go on to the next offset, so every
 * page but the last reads at least one new issue.
 */
final class JiraSession implements PagedSession<ActivityRecord> {

    private final JiraSourceConfig config;
    private final JiraClient client;
    private final JqlQuery query;
    private final Logger log;
    private final Set<String> unplacedSeen = new HashSet<>();
    private int emitted;
    private int rejected;

    JiraSession(JiraSourceConfig config, SourceContext context) {
        this.config = config;
        this.client = new JiraClient(config, context.http());
        this.query = new JqlQuery(config);
        this.log = context.logger();
    }

    @Override
    public Page<ActivityRecord> fetch(Checkpoint from) {
        JiraCheckpoint position = JiraCheckpoint.parse(from);
        if (from.isStart()) {
            log.info("Jira {}: reading issues from the beginning", config.baseUrl());
        }
        String jql = query.build(position.minute());
        List<ActivityRecord> items = new ArrayList<>();
        List<RejectedItem> rejectedItems = new ArrayList<>();
        long startAt = 0;
        while (true) {
            JiraClient.SearchPage page = client.search(jql, startAt);
            boolean progressed = false;
            for (int index = 0; index < page.issues().size(); index++) {
                Map<String, Object> issue = page.issues().get(index);
                String key = JiraSource.string(issue.get("key"));
                if (key == null) {
                    rejectedItems.add(new RejectedItem("search result " + (startAt + index),
                            "Jira sent an issue without a key"));
                    continue;
                }
                Optional<Instant> time = JiraSource.orderTime(issue, config);
                if (time.isEmpty()) {
                    // Without its time an issue has no place in the order; it is mapped (and reported) once a run.
                    if (unplacedSeen.add(key)) {
                        collect(JiraSource.map(complete(issue, key), key, config), items, rejectedItems);
                    }
                    continue;
                }
                if (position.covers(key, time.get())) {
                    continue;
                }
                collect(JiraSource.map(complete(issue, key), key, config), items, rejectedItems);
                position = position.after(new JiraCheckpoint.Read(key, time.get()));
                progressed = true;
            }
            boolean more = !page.issues().isEmpty() && startAt + page.issues().size() < page.total();
            if (progressed || !more) {
                emitted += items.size();
                rejected += rejectedItems.size();
                if (!more) {
                    log.info("Jira {}: read to the end; this run emitted {} resolved issues and rejected {}",
                            config.baseUrl(), emitted, rejected);
                }
                log.debug("Jira {}: page of {} issues, {} rejected, next {}", config.baseUrl(), items.size(),
                        rejectedItems.size(), position.token());
                return new Page<>(items, rejectedItems, position.toCheckpoint(), more);
            }
            startAt += page.issues().size();
        }
    }

    /**
     * The issue with its whole history when the search truncated it and the issue counts (the assignee at resolution
     * is replayed from it); otherwise as the search sent it. When Jira does not serve the whole history, the issue is
     * left as it is and {@link JiraSource#map} credits the current assignee, saying so in an attribute.
     */
    private Map<String, Object> complete(Map<String, Object> issue, String key) {
        if (!JiraSource.changelogIncomplete(issue) || !JiraSource.isDone(issue, config)) {
            return issue;
        }
        Optional<List<Object>> histories = client.changelog(key);
        if (histories.isEmpty()) {
            log.warn("Jira {}: the history of {} is truncated in the search and Jira did not serve it whole; its "
                    + "current assignee is credited", config.baseUrl(), key);
            return issue;
        }
        log.debug("Jira {}: read the whole history of {} ({} entries)", config.baseUrl(), key,
                histories.get().size());
        return JiraSource.withHistories(issue, histories.get());
    }

    private static void collect(JiraSource.Mapped mapped, List<ActivityRecord> items, List<RejectedItem> rejected) {
        if (mapped instanceof JiraSource.Emitted emitted) {
            items.add(emitted.record());
        } else if (mapped instanceof JiraSource.Rejected reject) {
            rejected.add(reject.item());
        }
    }

    @Override
    public void close() {
        // The session holds nothing but the core's client, which the core owns.
    }
}
