package org.partnersplatform.plugins.discourse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnersplatform.api.MalformedDataException;
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
 * A Discourse forum: answers accepted as the solution of a topic (the discourse-solved plugin), credited to the
 * answer's author and dated by the answer's {@code created_at} (Discourse does not say when it was accepted), and,
 * when enabled, topics created and replies posted. Stateless; {@link DiscourseSession} does the reading.
 */
@Extension
public final class DiscourseSource implements PullSource {

    /** An answer accepted as the topic's solution. */
    public static final String ACCEPTED_SOLUTION = "accepted_solution";
    /** A topic started (its first post). */
    public static final String TOPIC_CREATED = "topic_created";
    /** A regular post after the first one. */
    public static final String REPLY_POSTED = "reply_posted";

    private static final int REGULAR_POST = 1;

    private static final List<ActivityType> SOLUTIONS = List.of(
            ActivityType.of(ACCEPTED_SOLUTION, "Accepted solution", ActivityKind.CONTRIBUTION, "3"));
    private static final List<ActivityType> CONVERSATIONS = List.of(
            ActivityType.of(TOPIC_CREATED, "Topic created", ActivityKind.CONVERSATION, "0.5"),
            ActivityType.of(REPLY_POSTED, "Reply posted", ActivityKind.CONVERSATION, "0.25"));

    private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
            "org.partnersplatform.discourse",
            "Discourse",
            "Answers accepted as solutions on a Discourse forum, and optionally topics and replies.",
            SourceCapabilities.ORDERED_INCREMENTAL,
            concat(SOLUTIONS, CONVERSATIONS),
            DiscourseSourceConfig.SCHEMA);

    @Override
    public SourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Solutions only, unless the installation includes conversations. */
    @Override
    public List<ActivityType> activityTypes(SourceConfig config) {
        return config.bool(DiscourseSourceConfig.INCLUDE_CONVERSATIONS) ? DESCRIPTOR.activityTypes() : SOLUTIONS;
    }

    /** Checks numbers and the URL's shape; never calls the forum. */
    @Override
    public void validate(SourceConfig config) {
        DiscourseSourceConfig.validate(config);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        DiscourseSourceConfig typed = DiscourseSourceConfig.of(config);
        return new DiscourseSession(typed, new DiscourseClient(typed, context.http()), context.logger());
    }

    /**
     * The activities of one topic. The solution is the post the topic's {@code accepted_answer.post_number} names
     * (or, on forums whose plugin predates that object, the post flagged {@code accepted_answer: true}); a solution
     * by the topic's own author is skipped unless self-answers count. Conversations are the first post and the
     * regular replies ({@code post_type} 1: not moderator notes, small actions or whispers). A post without a
     * username belongs to a deleted user and is rejected, never credited to someone else.
     */
    static TopicActivities toActivities(DiscourseTopic topic, DiscourseSourceConfig config) {
        List<ActivityRecord> records = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        int selfAnswers = 0;
        Optional<Long> acceptedNumber = Json.object(topic.json(), "accepted_answer")
                .flatMap(answer -> Json.number(answer, "post_number"));
        Optional<Map<String, Object>> solution = acceptedNumber.isPresent()
                ? topic.posts().stream().filter(p -> Json.number(p, "post_number").equals(acceptedNumber)).findFirst()
                : topic.posts().stream().filter(p -> Json.flag(p, "accepted_answer")).findFirst();
        if (acceptedNumber.isPresent() && solution.isEmpty()) {
            rejected.add(new RejectedItem("topic-" + topic.id(), "the accepted answer, post #"
                    + acceptedNumber.get() + ", could not be read (deleted, or hidden from the API user)"));
        }
        if (solution.isPresent()) {
            Map<String, Object> post = solution.get();
            if (!config.countSelfAnswers() && isByTopicAuthor(topic, post)) {
                selfAnswers++;
            } else {
                String itemId = "solution-" + postId(post);
                toRecord(topic, post, ACCEPTED_SOLUTION, itemId, config)
                        .ifPresentOrElse(records::add, () -> rejected.add(deleted(itemId)));
            }
        }
        if (config.includeConversations()) {
            for (Map<String, Object> post : topic.posts()) {
                if (Json.number(post, "post_type").orElse(0L) != REGULAR_POST
                        || Json.string(post, "deleted_at").isPresent()) {
                    continue;
                }
                boolean first = Json.number(post, "post_number").orElse(0L) == 1;
                String type = first ? TOPIC_CREATED : REPLY_POSTED;
                String itemId = first ? "topic-" + topic.id() : "post-" + postId(post);
                toRecord(topic, post, type, itemId, config)
                        .ifPresentOrElse(records::add, () -> rejected.add(deleted(itemId)));
            }
        }
        return new TopicActivities(records, rejected, selfAnswers);
    }

    /** What one topic yields: records, rejected items and the self-answers skipped by the configuration. */
    record TopicActivities(List<ActivityRecord> records, List<RejectedItem> rejected, int selfAnswersSkipped) {
    }

    /**
     * The record of a post, or empty when its author was deleted (no username). A topic's record is identified by
     * the topic's id ({@code topic-<id>}), a post's by the post's ({@code solution-<id>}, {@code post-<id>}).
     */
    private static Optional<ActivityRecord> toRecord(DiscourseTopic topic, Map<String, Object> post, String type,
                                                     String itemId, DiscourseSourceConfig config) {
        Optional<String> username = Json.string(post, "username");
        if (username.isEmpty()) {
            return Optional.empty();
        }
        long postId = postId(post);
        Instant created = Json.instant(post, "created_at")
                .or(() -> Json.instant(topic.json(), "created_at"))
                .orElseThrow(() -> new MalformedDataException(
                        "Discourse sent the post " + postId + " of topic " + topic.id() + " without created_at"));
        Optional<Long> userId = Json.number(post, "user_id");
        Actor actor = new Actor(userId.map(String::valueOf).orElse(null), username.get(),
                Json.string(post, "name").orElse(null), null,
                config.baseUrl() + "/u/" + username.get(),
                userId.map(id -> id <= 0).orElse(false));
        long postNumber = Json.number(post, "post_number").orElse(1L);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("topic_id", Long.toString(topic.id()));
        attributes.put("post_id", Long.toString(postId));
        attributes.put("post_number", Long.toString(postNumber));
        Json.number(topic.json(), "category_id").ifPresent(id -> attributes.put("category_id", id.toString()));
        if (type.equals(ACCEPTED_SOLUTION)) {
            Json.object(topic.json(), "accepted_answer").flatMap(answer -> Json.string(answer, "accepter_username"))
                    .ifPresent(accepter -> attributes.put("accepted_by", accepter));
        }
        String slug = Json.string(topic.json(), "slug").orElse("topic");
        String url = config.baseUrl() + "/t/" + slug + "/" + topic.id() + "/" + postNumber;
        return Optional.of(new ActivityRecord(itemId, type, created, actor, url,
                Json.string(topic.json(), "title").orElse(null), attributes, null));
    }

    /**
     * Whether the post's author started the topic: by user id ({@code user_id} of the topic, else {@code
     * details.created_by.id}), or by username when an id is missing.
     */
    private static boolean isByTopicAuthor(DiscourseTopic topic, Map<String, Object> post) {
        Optional<Map<String, Object>> createdBy = Json.object(topic.json(), "details")
                .flatMap(details -> Json.object(details, "created_by"));
        Optional<Long> authorId = Json.number(topic.json(), "user_id")
                .or(() -> createdBy.flatMap(user -> Json.number(user, "id")));
        Optional<Long> postUserId = Json.number(post, "user_id");
        if (authorId.isPresent() && postUserId.isPresent()) {
            return authorId.equals(postUserId);
        }
        Optional<String> authorName = createdBy.flatMap(user -> Json.string(user, "username"));
        return authorName.isPresent() && Objects.equals(authorName, Json.string(post, "username"));
    }

    /** A post's id; {@link TopicReader} keeps only posts that have one. */
    private static long postId(Map<String, Object> post) {
        return Json.number(post, "id").orElseThrow(() -> new MalformedDataException("Discourse sent a post without id"));
    }

    private static RejectedItem deleted(String itemId) {
        return new RejectedItem(itemId, "the author was deleted (the post has no username), so it cannot be "
                + "credited to anyone");
    }

    private static List<ActivityType> concat(List<ActivityType> a, List<ActivityType> b) {
        List<ActivityType> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
