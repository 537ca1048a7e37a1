package org.partnersplatform.plugins.stackexchange;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * Answers to the questions of configured tags on a Stack Exchange site: an accepted answer is an {@code
 * accepted_answer} contribution, any other answer an {@code answer_posted} conversation, credited to the answer's
 * owner and dated by the answer's creation. An answer accepted later keeps its id ({@code answer-<answer_id>}), so the
 * core updates its type in place. Stateless; {@link StackExchangeSession} does the reading.
 */
@Extension
public final class StackExchangeSource implements PullSource {

    /** An answer the asker accepted. */
    public static final String ACCEPTED_ANSWER = "accepted_answer";
    /** Any other answer. */
    public static final String ANSWER_POSTED = "answer_posted";

    /** The Community user owns wiki and migrated posts on every site; it is the network's own bot account. */
    static final long COMMUNITY_USER_ID = -1;

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            "org.partnersplatform.stackexchange",
            "Stack Exchange",
            "Answers, accepted or not, to the questions of chosen tags on a Stack Exchange site such as "
                    + "Stack Overflow.",
            SourceCapabilities.ORDERED_INCREMENTAL,
            List.of(ActivityType.of(ACCEPTED_ANSWER, "Accepted answer", ActivityKind.CONTRIBUTION, "3"),
                    ActivityType.of(ANSWER_POSTED, "Answer", ActivityKind.CONVERSATION, "1")),
            StackExchangeSourceConfig.SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Refuses a misspelt site or tag and a page size outside 1 to 100; calls no API. */
    @Override
    public void validate(SourceConfig config) {
        StackExchangeSourceConfig.validate(config);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        StackExchangeSourceConfig typed = StackExchangeSourceConfig.of(config);
        return new StackExchangeSession(typed, new StackExchangeClient(typed, context), context.logger());
    }

    /** Answers turned into activities, and those that cannot be, each with its reason. */
    record Mapped(List<ActivityRecord> records, List<RejectedItem> rejected) {
    }

    /**
     * The activities of the answers to {@code questions}, in the questions' order and then oldest answer first. The
     * question supplies the title and the site's host for the link, since the {@code default} filter gives answers
     * neither.
     */
    static Mapped toActivities(List<Map<String, Object>> questions, List<Map<String, Object>> answers, String site,
                               String tag) {
        Map<Long, Integer> order = new HashMap<>();
        Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
        for (Map<String, Object> question : questions) {
            Json.longField(question, "question_id").ifPresent(id -> {
                order.putIfAbsent(id, order.size());
                byId.put(id, question);
            });
        }
        List<Map<String, Object>> sorted = new ArrayList<>(answers);
        sorted.sort(Comparator
                .comparingInt((Map<String, Object> a) -> Json.longField(a, "question_id").map(order::get)
                        .orElse(Integer.MAX_VALUE))
                .thenComparingLong(a -> Json.longField(a, "creation_date").orElse(0L))
                .thenComparingLong(a -> Json.longField(a, "answer_id").orElse(0L)));
        List<ActivityRecord> records = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        for (Map<String, Object> answer : sorted) {
            Map<String, Object> question = Json.longField(answer, "question_id").map(byId::get).orElse(Map.of());
            toActivity(answer, question, site, tag).ifPresentOrElse(records::add,
                    () -> rejected.add(rejection(answer)));
        }
        return new Mapped(records, rejected);
    }

    private static Optional<ActivityRecord> toActivity(Map<String, Object> answer, Map<String, Object> question,
                                                       String site, String tag) {
        Optional<Long> answerId = Json.longField(answer, "answer_id");
        Optional<Long> created = Json.longField(answer, "creation_date");
        Optional<Actor> actor = actor(answer);
        if (answerId.isEmpty() || created.isEmpty() || actor.isEmpty()) {
            return Optional.empty();
        }
        String type = Boolean.TRUE.equals(answer.get("is_accepted")) ? ACCEPTED_ANSWER : ANSWER_POSTED;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("site", site);
        attributes.put("tag", tag);
        Json.longField(answer, "question_id").ifPresent(id -> attributes.put("questionId", Long.toString(id)));
        return Optional.of(new ActivityRecord("answer-" + answerId.get(), type,
                Instant.ofEpochSecond(created.get()), actor.get(), answerUrl(question, answerId.get()),
                Json.stringField(question, "title").map(HtmlEntities::decode).orElse(null), attributes, null));
    }

    /**
     * The answer's owner, unless the account was deleted: the API then gives no owner, or one of {@code user_type}
     * {@code does_not_exist} without a {@code user_id}, which no person can be linked to.
     */
    private static Optional<Actor> actor(Map<String, Object> answer) {
        Optional<Map<String, Object>> owner = Json.objectField(answer, "owner");
        if (owner.isEmpty() || "does_not_exist".equals(owner.get().get("user_type"))) {
            return Optional.empty();
        }
        Optional<Long> userId = Json.longField(owner.get(), "user_id");
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        String name = Json.stringField(owner.get(), "display_name").map(HtmlEntities::decode).orElse(null);
        return Optional.of(new Actor(Long.toString(userId.get()), name, name, null,
                Json.stringField(owner.get(), "link").orElse(null), userId.get() == COMMUNITY_USER_ID));
    }

    private static RejectedItem rejection(Map<String, Object> answer) {
        String id = Json.longField(answer, "answer_id").map(a -> "answer-" + a).orElse("an answer without answer_id"
                + Json.longField(answer, "question_id").map(q -> " to question " + q).orElse(""));
        if (Json.longField(answer, "answer_id").isEmpty() || Json.longField(answer, "creation_date").isEmpty()) {
            return new RejectedItem(id, "the API gave the answer no answer_id or creation_date");
        }
        return new RejectedItem(id, "the author's account was deleted (no owner, or user_type does_not_exist), "
                + "so the answer cannot be credited to anyone");
    }

    /** {@code https://<site host>/a/<answer_id>}, the site's short link to an answer; the host is the question's. */
    private static String answerUrl(Map<String, Object> question, long answerId) {
        return Json.stringField(question, "link").map(link -> {
            try {
                URI uri = URI.create(link);
                return uri.getScheme() == null || uri.getHost() == null ? null
                        : uri.getScheme() + "://" + uri.getHost() + "/a/" + answerId;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
    }
}
