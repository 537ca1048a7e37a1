package org.partnersplatform.testkit;

import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;

/** The recorded forum {@link PagedHttpSource} reads: three pages of posts, then an empty fourth. */
final class PostsFixture {

    static final String TOKEN = "s3cret-token";

    private PostsFixture() {
    }

    static void register(ReplayServer server) {
        server.on("GET", "/posts", "page=1").respond(ReplayResponse.okFromResource("fixtures/posts/posts_page1.txt")
                .contentType("text/plain").header("Link", "<{baseUrl}/posts?page=2>; rel=\"next\""));
        server.on("GET", "/posts", "page=2").respond(ReplayResponse.okFromResource("fixtures/posts/posts_page2.txt")
                .contentType("text/plain").header("Link", "<{baseUrl}/posts?page=3>; rel=\"next\""));
        server.on("GET", "/posts", "page=3").respond(ReplayResponse.okFromResource("fixtures/posts/posts_page3.txt")
                .contentType("text/plain"));
        server.on("GET", "/posts", "page=4").respond(ReplayResponse.ok("").contentType("text/plain"));
    }

    static SourceConfig config(ReplayServer server) {
        return PagedHttpSource.SCHEMA.validate(Map.of("baseUrl", server.baseUrl(), "token", TOKEN));
    }
}
