package org.partnersplatform.plugins.github;

import java.util.List;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;

/**
 * Serves the recorded GitHub answers for two repositories: octokit/octokit.rb (30 closed pull requests over three
 * pages of ten linked by {@code Link} headers, the later pages under {@code /repositories/417862} as GitHub links
 * them, no reviews, no releases) and sigmavirus24/github3.py (one merged pull request with five reviews, two
 * releases).
 */
final class GitHubReplay {

    static final String OCTOKIT = "octokit/octokit.rb";
    static final String GITHUB3 = "sigmavirus24/github3.py";
    static final String FIXTURES = "fixtures/github/";
    static final String PULLS_QUERY = "state=closed&sort=updated&direction=asc&per_page=10";
    static final int[] OCTOKIT_NUMBERS = {367, 369, 370, 374, 375, 376, 377, 378, 379, 382, 383, 384, 385, 386, 387,
        388, 389, 390, 391, 392, 393, 394, 395, 396, 399, 400, 401, 407, 410, 411};

    private GitHubReplay() {
    }

    static ReplayResponse json(String fixture) {
        return ReplayResponse.okFromResource(FIXTURES + fixture);
    }

    static ReplayResponse next(ReplayResponse response, String pathAndQuery) {
        return response.header("Link", "<{baseUrl}" + pathAndQuery + ">; rel=\"next\", <{baseUrl}/repositories/"
                + "417862/pulls?" + PULLS_QUERY + "&page=3>; rel=\"last\"");
    }

    /** Registers every route of both repositories. */
    static void serveBoth(ReplayServer server) {
        serveOctokitPulls(server);
        server.on("GET", "/repos/" + OCTOKIT + "/releases").respond(json("empty.json"));
        for (int number : OCTOKIT_NUMBERS) {
            server.on("GET", "/repos/" + OCTOKIT + "/pulls/" + number + "/reviews").respond(json("empty.json"));
        }
        server.on("GET", "/repos/" + GITHUB3 + "/pulls", PULLS_QUERY).respond(json("pulls_github3py.json"));
        server.on("GET", "/repos/" + GITHUB3 + "/pulls/671/reviews").respond(json("reviews_pr671.json"));
        server.on("GET", "/repos/" + GITHUB3 + "/releases").respond(json("releases_github3py.json"));
    }

    static void serveOctokitPulls(ReplayServer server) {
        server.on("GET", "/repos/" + OCTOKIT + "/pulls", PULLS_QUERY).respond(next(json("pulls_octokit_page_1.json"),
                "/repositories/417862/pulls?" + PULLS_QUERY + "&page=2"));
        server.on("GET", "/repositories/417862/pulls", PULLS_QUERY + "&page=2").respond(
                next(json("pulls_octokit_page_2.json"), "/repositories/417862/pulls?" + PULLS_QUERY + "&page=3"));
        server.on("GET", "/repositories/417862/pulls", PULLS_QUERY + "&page=3")
                .respond(json("pulls_octokit_page_3.json"));
    }

    /** A configuration validated by the source's schema, reading {@code repositories} on the server. */
    static SourceConfig config(ReplayServer server, Map<String, String> more, String... repositories) {
        Map<String, String> raw = new java.util.HashMap<>(Map.of(
                "token", "ghp_test0000", "baseUrl", server.baseUrl(), "pageSize", "10"));
        if (repositories.length > 0) {
            raw.put("repositories", String.join("\n", List.of(repositories)));
        }
        raw.putAll(more);
        return GitHubSourceConfig.SCHEMA.validate(raw);
    }
}
