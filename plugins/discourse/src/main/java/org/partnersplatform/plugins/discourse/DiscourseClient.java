package org.partnersplatform.plugins.discourse;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;

/**
 * Only HTTP: builds the forum's requests with the {@code Api-Key}/{@code Api-Username} headers, turns statuses into
 * the SPI's typed failures and bodies into JSON maps. Retries, {@code Retry-After} (Discourse's 429 sends it) and
 * redirects are the core client's. It knows nothing of solutions or activities.
 */
final class DiscourseClient {

    /** How many post ids one {@code /t/{id}/posts.json} request asks for; Discourse's own chunk size. */
    static final int POSTS_PER_REQUEST = 20;

    private final DiscourseSourceConfig config;
    private final SourceHttpClient http;

    DiscourseClient(DiscourseSourceConfig config, SourceHttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** Page {@code page} (from 0) of {@code /latest.json}: topics by last bump, newest first, pinned ones on top. */
    Map<String, Object> latest(int page) {
        return forumResource(get("/latest.json?page=" + page), "/latest.json");
    }

    /** {@code /site.json}: the categories (with ids and slugs) the API user can see. */
    Map<String, Object> site() {
        return forumResource(get("/site.json"), "/site.json");
    }

    /**
     * {@code /t/{id}.json}: the topic with its first chunk of posts and the whole {@code post_stream.stream} of ids;
     * empty when the topic is gone (deleted, or moved out of the API user's sight since it was listed).
     */
    Optional<Map<String, Object>> topic(long topicId) {
        return topicResource(get("/t/" + topicId + ".json"));
    }

    /** {@code /t/{id}/{post_number}.json}: the same topic JSON, with the chunk of posts around that post number. */
    Optional<Map<String, Object>> topicAround(long topicId, long postNumber) {
        return topicResource(get("/t/" + topicId + "/" + postNumber + ".json"));
    }

    /** {@code /t/{id}/posts.json?post_ids[]=...}: the posts of those ids, at most {@value #POSTS_PER_REQUEST}. */
    Optional<Map<String, Object>> posts(long topicId, List<Long> postIds) {
        if (postIds.isEmpty() || postIds.size() > POSTS_PER_REQUEST) {
            throw new IllegalArgumentException("ask for 1 to " + POSTS_PER_REQUEST + " posts, not " + postIds.size());
        }
        String query = postIds.stream().map(id -> "post_ids%5B%5D=" + id).collect(Collectors.joining("&"));
        return topicResource(get("/t/" + topicId + "/posts.json?" + query));
    }

    private HttpResult get(String pathAndQuery) {
        HttpRequestSpec.Builder request = HttpRequestSpec.get(URI.create(config.baseUrl() + pathAndQuery))
                .header("Accept", "application/json");
        config.apiKey().ifPresent(key -> request.secretHeader("Api-Key", key)
                .header("Api-Username", config.apiUsername()));
        return http.send(request.build());
    }

    /** A forum-wide resource: a 404 means the base URL is not a Discourse forum. */
    private Map<String, Object> forumResource(HttpResult result, String what) {
        if (result.status() == 404) {
            throw new InvalidConfigurationException(new ConfigProblem(DiscourseSourceConfig.BASE_URL,
                    "no Discourse forum answers " + what + " there (404): use the forum's address, such as "
                            + "https://forum.example.org, including a subfolder if the forum has one"));
        }
        return parse(checked(result), result);
    }

    private Optional<Map<String, Object>> topicResource(HttpResult result) {
        if (result.status() == 404 || result.status() == 410) {
            return Optional.empty();
        }
        return Optional.of(parse(checked(result), result));
    }

    private HttpResult checked(HttpResult result) {
        int status = result.status();
        if (result.isSuccess()) {
            return result;
        }
        if (status == 401 || status == 403) {
            throw new InvalidConfigurationException(new ConfigProblem(DiscourseSourceConfig.API_KEY,
                    config.apiKey().isPresent()
                            ? "Discourse refused the API key (" + status + ") for " + path(result) + ": create a key "
                                    + "in Admin > API > Keys with read access for the API username (or for all "
                                    + "users), and check that the API username exists"
                            : "the forum needs an API key (" + status + ") for " + path(result) + ": create one in "
                                    + "Admin > API > Keys with read access and enter it with its API username"));
        }
        if (status >= 500) {
            throw new TemporarilyUnavailableException("Discourse answered " + status + " for " + path(result));
        }
        throw new MalformedDataException("Discourse answered the unexpected status " + status + " for "
                + path(result) + "; check that the forum URL points at a Discourse forum");
    }

    private static Map<String, Object> parse(HttpResult ok, HttpResult result) {
        try {
            Map<String, Object> json = JSON.std.mapFrom(ok.body());
            if (json == null) {
                throw new MalformedDataException("Discourse sent an empty body for " + path(result));
            }
            return json;
        } catch (IOException e) {
            throw new MalformedDataException("Discourse sent a body that is not a JSON object for " + path(result)
                    + ": " + e.getMessage(), e);
        }
    }

    /** The path that answered, without the query, so that nothing credential-like is repeated in a message. */
    private static String path(HttpResult result) {
        return result.uri().getRawPath();
    }
}
