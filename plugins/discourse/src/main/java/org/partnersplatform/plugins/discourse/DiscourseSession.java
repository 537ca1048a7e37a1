package org.partnersplatform.plugins.discourse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.slf4j.Logger;

/**
 * One sync run over a forum. The first fetch lists the topics changed after the checkpoint ({@link ChangedTopics}),
 * oldest bump first; each page then reads {@code pageSize} of them and returns the key of the last one read.
 *
 * <p>Why that is exact: {@code /latest.json} is ordered by {@code bumped_at}, and every new post moves a topic's
 * {@code bumped_at} past every key already handed out. So "every topic with a key up to the checkpoint's has been
 * read" stays true, and resuming lists exactly the topics after it: none skipped, none read twice unless it changed
 * since. A topic bumped while the run walks the list may be missed by this run, but its new key is later than
 * anything this run hands out, so the next run reads it. Discourse does not bump a topic when an answer is accepted;
 * so a run that starts from a finished run's checkpoint first looks back {@code solvedLookbackDays} before it, and
 * reads those topics again (their activities are upserted by id, so nothing is counted twice).
 */
final class DiscourseSession implements PagedSession<ActivityRecord> {

    private final DiscourseSourceConfig config;
    private final ChangedTopics changedTopics;
    private final TopicReader reader;
    private final Logger log;
    private final Map<String, Integer> positions = new HashMap<>();
    private List<TopicKey> queue = List.of();
    private Optional<TopicKey> highWater = Optional.empty();
    private int emitted;
    private int rejected;
    private int selfAnswersSkipped;

    DiscourseSession(DiscourseSourceConfig config, DiscourseClient client, Logger log) {
        this.config = config;
        this.changedTopics = new ChangedTopics(client, config, log);
        this.reader = new TopicReader(client);
        this.log = log;
    }

    @Override
    public Page<ActivityRecord> fetch(Checkpoint from) {
        Integer index = positions.get(from.token());
        if (index == null) {
            index = plan(from);
        }
        return page(index, from);
    }

    /** Lists this run's topics once; later pages are read from that list by the checkpoints this session returned. */
    private int plan(Checkpoint from) {
        DiscourseCheckpoint checkpoint = DiscourseCheckpoint.parse(from);
        highWater = checkpoint.last();
        Optional<TopicKey> floor = checkpoint.last();
        if (checkpoint.done() && floor.isPresent() && config.solvedLookbackDays() > 0) {
            floor = Optional.of(new TopicKey(
                    floor.get().bumpedAt().minus(Duration.ofDays(config.solvedLookbackDays())), 0));
        }
        log.info("Discourse {}: sync starting from {}", config.baseUrl(),
                floor.map(key -> "topics bumped after " + key.bumpedAt()).orElse("the beginning"));
        queue = changedTopics.after(floor);
        emitted = 0;
        rejected = 0;
        selfAnswersSkipped = 0;
        positions.clear();
        positions.put(from.token(), 0);
        log.info("Discourse {}: {} topics to read", config.baseUrl(), queue.size());
        return 0;
    }

    private Page<ActivityRecord> page(int index, Checkpoint from) {
        int end = Math.min(index + config.pageSize(), queue.size());
        List<ActivityRecord> items = new ArrayList<>();
        List<RejectedItem> rejectedItems = new ArrayList<>();
        for (int i = index; i < end; i++) {
            long topicId = queue.get(i).topicId();
            Optional<DiscourseTopic> topic = reader.read(topicId, config.includeConversations());
            if (topic.isEmpty()) {
                rejectedItems.add(new RejectedItem("topic-" + topicId,
                        "the topic was deleted or hidden from the API user after it was listed"));
                continue;
            }
            DiscourseSource.TopicActivities activities = DiscourseSource.toActivities(topic.get(), config);
            items.addAll(activities.records());
            rejectedItems.addAll(activities.rejected());
            if (activities.selfAnswersSkipped() > 0) {
                log.debug("Discourse {}: topic {} is solved by its own author; not counted (countSelfAnswers is off)",
                        config.baseUrl(), topicId);
            }
            selfAnswersSkipped += activities.selfAnswersSkipped();
        }
        emitted += items.size();
        rejected += rejectedItems.size();
        boolean hasMore = end < queue.size();
        Checkpoint next;
        if (end == index) {
            next = highWater.map(DiscourseCheckpoint::done).orElse(from);
        } else {
            TopicKey last = queue.get(end - 1);
            next = hasMore ? DiscourseCheckpoint.partial(last)
                    : DiscourseCheckpoint.done(highWater.map(last::max).orElse(last));
        }
        positions.put(next.token(), end);
        log.debug("Discourse {}: read topics {} to {} of {}", config.baseUrl(), index, end, queue.size());
        if (!hasMore) {
            log.info("Discourse {}: sync done; {} topics read, {} activities, {} rejected, {} self-answers not "
                    + "counted", config.baseUrl(), queue.size(), emitted, rejected, selfAnswersSkipped);
        }
        return new Page<>(items, rejectedItems, next, hasMore);
    }

    @Override
    public void close() {
        positions.clear();
    }
}
