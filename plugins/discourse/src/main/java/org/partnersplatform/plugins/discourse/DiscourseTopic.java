package org.partnersplatform.plugins.discourse;

import java.util.List;
import java.util.Map;

/**
 * A topic as read for one run: its JSON from {@code /t/{id}.json} and the posts read for it, by post number.
 *
 * @param id the topic's id
 * @param json the topic JSON (title, slug, {@code user_id}, {@code details}, {@code accepted_answer})
 * @param posts the posts read, ordered by {@code post_number}
 */
record DiscourseTopic(long id, Map<String, Object> json, List<Map<String, Object>> posts) {
}
