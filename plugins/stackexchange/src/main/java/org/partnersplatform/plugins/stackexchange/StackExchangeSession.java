package org.partnersplatform.plugins.stackexchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.source.ActivityRecord;
import org.slf4j.Logger;

/**
 * One sync run: for each configured tag in turn, the questions active since that tag's high-water mark, oldest
 * activity first, one page of questions per {@link #fetch}, with all the answers to that page's questions. See {@link
 * SyncPosition} for why resuming is exact. A question carrying several configured tags is read under each, but its
 * answers are emitted only under the first of those tags in the configured order, so a run emits each answer once.
 */
final class StackExchangeSession implements PagedSession<ActivityRecord> {

    private final StackExchangeSourceConfig config;
    private final StackExchangeClient client;
    private final Logger log;
    private int emitted;
    private int rejected;

    StackExchangeSession(StackExchangeSourceConfig config, StackExchangeClient client, Logger log) {
        this.config = config;
        this.client = client;
        this.log = log;
    }

    @Override
    public Page<ActivityRecord> fetch(Checkpoint from) {
        SyncPosition position = SyncPosition.parse(from);
        List<String> tags = config.tags();
        int index = position.current().map(tags::indexOf).orElse(0);
        if (index < 0) {
            // The tag was removed from the settings mid-run; every tag keeps its own mark, so starting over
            // from the first tag loses nothing.
            log.info("Stack Exchange {}: the checkpoint's tag is no longer configured; reading from the first tag",
                    config.site());
            index = 0;
        }
        String tag = tags.get(index);
        SyncPosition.TagState state = position.tag(tag);
        if (position.current().isEmpty()) {
            log.info("Stack Exchange {}: sync of tags {} started", config.site(), tags);
        }

        ApiResponse response;
        List<Map<String, Object>> unread;
        int page = 1;
        do {
            response = client.questions(tag, state.since(), page++);
            unread = unread(response.items(), state);
        } while (unread.isEmpty() && response.hasMore());

        Map<Long, Long> activityById = new LinkedHashMap<>();
        List<Map<String, Object>> counted = new ArrayList<>();
        for (Map<String, Object> question : unread) {
            activityById.put(Json.longField(question, "question_id").orElseThrow(),
                    Json.longField(question, "last_activity_date").orElseThrow());
            if (!countedUnderEarlierTag(question, index)) {
                counted.add(question);
            }
        }
        List<Long> ids = counted.stream().map(q -> Json.longField(q, "question_id").orElseThrow()).toList();
        StackExchangeSource.Mapped mapped = StackExchangeSource.toActivities(counted, client.answers(ids),
                config.site(), tag);
        emitted += mapped.records().size();
        rejected += mapped.rejected().size();

        Optional<String> next;
        boolean hasMore = true;
        if (response.hasMore()) {
            next = Optional.of(tag);
        } else if (index + 1 < tags.size()) {
            next = Optional.of(tags.get(index + 1));
        } else {
            next = Optional.empty();
            hasMore = false;
            log.info("Stack Exchange {}: sync of tags {} finished: {} answers emitted, {} rejected in this session",
                    config.site(), tags, emitted, rejected);
        }
        log.debug("Stack Exchange {}: tag {}: {} new questions, {} answers", config.site(), tag, unread.size(),
                mapped.records().size());
        Checkpoint checkpoint = position.with(tag, state.after(activityById), next).toCheckpoint();
        return new Page<>(mapped.records(), mapped.rejected(), checkpoint, hasMore);
    }

    /** The questions not read yet: those after the high-water second, or at it but not among its ids. */
    private static List<Map<String, Object>> unread(List<Map<String, Object>> questions,
                                                    SyncPosition.TagState state) {
        List<Map<String, Object>> unread = new ArrayList<>();
        for (Map<String, Object> question : questions) {
            Optional<Long> id = Json.longField(question, "question_id");
            Optional<Long> activity = Json.longField(question, "last_activity_date");
            if (id.isEmpty() || activity.isEmpty()) {
                throw new MalformedDataException("Stack Exchange returned a question "
                        + "without question_id or last_activity_date, so the sync position cannot be kept");
            }
            if (activity.get() >= state.since() && !state.alreadyRead(id.get(), activity.get())) {
                unread.add(question);
            }
        }
        return unread;
    }

    /** Whether the question also carries a tag configured before {@code index}, whose run emits its answers. */
    private boolean countedUnderEarlierTag(Map<String, Object> question, int index) {
        if (!(question.get("tags") instanceof List<?> questionTags)) {
            return false;
        }
        List<String> earlier = config.tags().subList(0, index);
        return questionTags.stream().anyMatch(t -> earlier.contains(String.valueOf(t).toLowerCase(Locale.ROOT)));
    }

    @Override
    public void close() {
        // Nothing is held between requests: the core owns the HTTP client.
    }
}
