package org.partnersplatform.plugins.discourse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.config.ConfigProblem;
import org.slf4j.Logger;

/**
 * Finds the topics to read in one run: it walks {@code /latest.json} (newest bump first) page by page until a topic
 * bumped before the floor, keeps those after the floor in the configured categories, and returns them oldest first.
 * Pinned topics sit on top of the list whatever their bump, so they never end the walk. Without conversations only
 * topics the listing marks {@code has_accepted_answer} are kept, since only they can hold a solution.
 */
final class ChangedTopics {

    private final DiscourseClient client;
    private final DiscourseSourceConfig config;
    private final Logger log;

    ChangedTopics(DiscourseClient client, DiscourseSourceConfig config, Logger log) {
        this.client = client;
        this.config = config;
        this.log = log;
    }

    /**
     * The topics whose key is after {@code floor} (every topic when empty), in key order.
     *
     * @throws InvalidConfigurationException when a configured category slug names no category the API user sees
     */
    List<TopicKey> after(Optional<TopicKey> floor) {
        Optional<Set<Long>> categories = categoryIds();
        Map<Long, TopicKey> found = new HashMap<>();
        int listed = 0;
        for (int page = 0; ; page++) {
            Map<String, Object> topicList = Json.object(client.latest(page), "topic_list")
                    .orElseThrow(() -> new MalformedDataException("Discourse's /latest.json has no topic_list"));
            List<Map<String, Object>> topics = Json.objects(topicList, "topics");
            boolean olderSeen = false;
            for (Map<String, Object> topic : topics) {
                listed++;
                TopicKey key = key(topic);
                if (floor.isPresent() && key.bumpedAt().isBefore(floor.get().bumpedAt())
                        && !Json.flag(topic, "pinned")) {
                    olderSeen = true;
                    continue;
                }
                if (floor.isPresent() && key.compareTo(floor.get()) <= 0) {
                    continue;
                }
                if (!inCategories(topic, categories) || !(config.includeConversations()
                        || Json.flag(topic, "has_accepted_answer"))) {
                    continue;
                }
                // A topic bumped while the walk runs can be listed twice; its newest key is the one that counts.
                found.merge(key.topicId(), key, TopicKey::max);
            }
            if (olderSeen || topics.isEmpty() || Json.string(topicList, "more_topics_url").isEmpty()) {
                log.debug("Discourse: walked {} listing pages ({} topics), {} to read", page + 1, listed,
                        found.size());
                break;
            }
        }
        return found.values().stream().sorted().toList();
    }

    /** A listed topic's key; a topic never bumped is keyed by its last post, then by its creation. */
    private static TopicKey key(Map<String, Object> topic) {
        long id = Json.number(topic, "id").orElseThrow(() ->
                new MalformedDataException("Discourse listed a topic without an id in /latest.json"));
        Instant bumped = Json.instant(topic, "bumped_at")
                .or(() -> Json.instant(topic, "last_posted_at"))
                .or(() -> Json.instant(topic, "created_at"))
                .orElseThrow(() -> new MalformedDataException("Discourse listed the topic " + id
                        + " without bumped_at, last_posted_at or created_at in /latest.json"));
        return new TopicKey(bumped, id);
    }

    private static boolean inCategories(Map<String, Object> topic, Optional<Set<Long>> categories) {
        return categories.isEmpty()
                || Json.number(topic, "category_id").map(categories.get()::contains).orElse(false);
    }

    /** The configured categories as ids, slugs looked up in {@code /site.json}; empty for every category. */
    private Optional<Set<Long>> categoryIds() {
        if (config.categories().isEmpty()) {
            return Optional.empty();
        }
        Set<Long> ids = new HashSet<>();
        List<String> slugs = new ArrayList<>();
        for (String entry : config.categories()) {
            if (entry.chars().allMatch(Character::isDigit)) {
                ids.add(Long.parseLong(entry));
            } else {
                slugs.add(entry);
            }
        }
        if (!slugs.isEmpty()) {
            Map<String, Long> bySlug = new HashMap<>();
            for (Map<String, Object> category : Json.objects(client.site(), "categories")) {
                Optional<String> slug = Json.string(category, "slug");
                Optional<Long> id = Json.number(category, "id");
                if (slug.isPresent() && id.isPresent()) {
                    bySlug.put(slug.get(), id.get());
                }
            }
            List<String> unknown = new ArrayList<>();
            for (String slug : slugs) {
                Long id = bySlug.get(slug);
                if (id == null) {
                    unknown.add(slug);
                } else {
                    ids.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidConfigurationException(new ConfigProblem(DiscourseSourceConfig.CATEGORIES,
                        "names categories the API user cannot see on the forum: " + String.join(", ", unknown)
                                + "; use the slug from the category's address (/c/<slug>/<id>) or its id"));
            }
        }
        return Optional.of(Set.copyOf(ids));
    }
}
