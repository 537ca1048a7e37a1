package org.partnersplatform.plugins.discourse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one topic with the posts a run needs. {@code /t/{id}.json} holds only the first chunk of posts (20), so the
 * accepted answer of a longer topic is read with {@code /t/{id}/{post_number}.json}, and, for conversations, the
 * other posts by their ids from {@code post_stream.stream} with {@code /t/{id}/posts.json}.
 */
final class TopicReader {

    private final DiscourseClient client;

    TopicReader(DiscourseClient client) {
        this.client = client;
    }

    /**
     * The topic and its posts, or empty when the topic is gone.
     *
     * @param allPosts whether every post is needed (conversations) or only the accepted answer
     */
    Optional<DiscourseTopic> read(long topicId, boolean allPosts) {
        Optional<Map<String, Object>> topic = client.topic(topicId);
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Map<String, Object>> posts = new LinkedHashMap<>();
        addPosts(posts, topic.get());
        Optional<Long> accepted = Json.object(topic.get(), "accepted_answer")
                .flatMap(answer -> Json.number(answer, "post_number"));
        if (accepted.isPresent() && posts.values().stream()
                .noneMatch(post -> Json.number(post, "post_number").equals(accepted))) {
            client.topicAround(topicId, accepted.get()).ifPresent(around -> addPosts(posts, around));
        }
        if (allPosts) {
            List<Long> missing = Json.object(topic.get(), "post_stream")
                    .map(stream -> Json.longs(stream, "stream")).orElse(List.of()).stream()
                    .filter(id -> !posts.containsKey(id))
                    .toList();
            for (int from = 0; from < missing.size(); from += DiscourseClient.POSTS_PER_REQUEST) {
                List<Long> chunk = missing.subList(from,
                        Math.min(from + DiscourseClient.POSTS_PER_REQUEST, missing.size()));
                client.posts(topicId, chunk).ifPresent(more -> addPosts(posts, more));
            }
        }
        List<Map<String, Object>> ordered = new ArrayList<>(posts.values());
        ordered.sort(Comparator.comparing(post -> Json.number(post, "post_number").orElse(Long.MAX_VALUE)));
        return Optional.of(new DiscourseTopic(topicId, topic.get(), ordered));
    }

    private static void addPosts(Map<Long, Map<String, Object>> posts, Map<String, Object> json) {
        Json.object(json, "post_stream").ifPresent(stream -> {
            for (Map<String, Object> post : Json.objects(stream, "posts")) {
                Json.number(post, "id").ifPresent(id -> posts.putIfAbsent(id, post));
            }
        });
    }
}
