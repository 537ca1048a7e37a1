package org.partnersplatform.plugins.githubsponsors;

import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;

/**
 * Serves the GitHub answers for the sponsored account {@code mautic}: its sponsors' cancellations, then five
 * sponsorships over three pages of two linked by cursors (one monthly and cancelled, one monthly and active, one
 * one-time, one whose sponsor GitHub hides, one recent). Every query is a POST to {@code /graphql}; the query's name
 * and its {@code after} variable tell them apart.
 */
final class GitHubSponsorsReplay {

    static final String PATH = "/graphql";
    static final String FIXTURES = "fixtures/github-sponsors/";
    static final String TOKEN = "ghp_test0000";
    static final String CURSOR_2 = "Y3Vyc29yOnYyOsKRMg==";
    static final String CURSOR_4 = "Y3Vyc29yOnYyOsKRNA==";

    private GitHubSponsorsReplay() {
    }

    static ReplayResponse json(String fixture) {
        return ReplayResponse.okFromResource(FIXTURES + fixture);
    }

    /** The route of the sponsorships query after {@code cursor}, or of the first page when it is null. */
    static ReplayServer.Route sponsorships(ReplayServer server, String cursor) {
        return server.onBody("POST", PATH, body -> body.contains("query PartnersSponsorships")
                && (cursor == null ? !body.contains("\"after\"") : body.contains("\"after\":\"" + cursor + "\"")));
    }

    /** Registers the cancellations and the three pages of sponsorships. */
    static void serveAll(ReplayServer server) {
        server.onBody("POST", PATH, body -> body.contains("query PartnersCancellations"))
                .respond(json("cancellations.json"));
        sponsorships(server, null).respond(json("sponsorships_page_1.json"));
        sponsorships(server, CURSOR_2).respond(json("sponsorships_page_2.json"));
        sponsorships(server, CURSOR_4).respond(json("sponsorships_page_3.json"));
    }

    /** A configuration validated by the source's schema, reading {@code mautic} on the server, two a page. */
    static SourceConfig config(ReplayServer server) {
        Map<String, String> raw = new HashMap<>(Map.of("login", "mautic", "token", TOKEN,
                "baseUrl", server.baseUrl(), "pageSize", "2"));
        return GitHubSponsorsSourceConfig.SCHEMA.validate(raw);
    }
}
