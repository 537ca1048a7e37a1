package org.partnersplatform.plugins.discourse;

import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;

/**
 * The recorded forum the tests read: three listing pages (a pinned, unsolved topic 57 on top; solved topics 26, 25,
 * 24, 23 and 21, newest bump first) and each topic's JSON, served by a {@link ReplayServer}.
 */
final class Forum {

    static final String FIXTURES = "fixtures/discourse/";

    private Forum() {
    }

    /** Registers every listing page and topic of the recorded forum on {@code server}. */
    static void serve(ReplayServer server) {
        server.on("GET", "/latest.json", "page=0").respond(ok("latest_page_0.json"));
        server.on("GET", "/latest.json", "page=1").respond(ok("latest_page_1.json"));
        server.on("GET", "/latest.json", "page=2").respond(ok("latest_page_2_last.json"));
        serveTopics(server);
    }

    /** Registers the topics only, for a test that serves its own listing. */
    static void serveTopics(ReplayServer server) {
        server.on("GET", "/t/21.json").respond(ok("topic_21_solved.json"));
        server.on("GET", "/t/23.json").respond(ok("topic_23_self_answer.json"));
        server.on("GET", "/t/24.json").respond(ok("topic_24_answer_beyond_first_chunk.json"));
        server.on("GET", "/t/24/2.json").respond(ok("topic_24_around_post_2.json"));
        server.on("GET", "/t/25.json").respond(ok("topic_25_deleted_author.json"));
        server.on("GET", "/t/26.json").respond(ok("topic_26_solved_by_system.json"));
        server.on("GET", "/t/57.json").respond(ok("topic_57_first_chunk.json"));
        server.on("GET", "/t/57/posts.json", "post_ids%5B%5D=226").respond(ok("topic_57_posts_226.json"));
        server.on("GET", "/site.json").respond(ok("site.json"));
    }

    static ReplayResponse ok(String fixture) {
        return ReplayResponse.okFromResource(FIXTURES + fixture);
    }

    /** The settings for {@code baseUrl}, with the defaults of the schema and {@code more} on top. */
    static SourceConfig config(String baseUrl, String... more) {
        Map<String, String> raw = new HashMap<>();
        raw.put("baseUrl", baseUrl);
        for (int i = 0; i < more.length; i += 2) {
            raw.put(more[i], more[i + 1]);
        }
        return DiscourseSourceConfig.SCHEMA.validate(raw);
    }
}
