package org.partnersplatform.plugins.opencollective;

import java.util.HashMap;
import java.util.Map;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;

/**
 * Serves the Open Collective answers for the collective {@code mautic}: six contributions over three pages of two
 * (the page size plus the ids already read at the checkpoint's instant), two of them at the same instant, one
 * refunded, one in euros. The request is told apart by its {@code dateFrom} variable, as every query is a POST to
 * {@code /graphql/v2}.
 */
final class OpenCollectiveReplay {

    static final String PATH = "/graphql/v2";
    static final String FIXTURES = "fixtures/opencollective/";

    private OpenCollectiveReplay() {
    }

    static ReplayResponse json(String fixture) {
        return ReplayResponse.okFromResource(FIXTURES + fixture);
    }

    /** The route of the query whose {@code dateFrom} is {@code dateFrom}, or of the first one, without it. */
    static ReplayServer.Route from(ReplayServer server, String dateFrom) {
        return dateFrom == null
                ? server.onBody("POST", PATH, body -> !body.contains("\"dateFrom\""))
                : server.onBody("POST", PATH, body -> body.contains("\"dateFrom\":\"" + dateFrom + "\""));
    }

    /** Registers the three pages and the empty answer after the last one. */
    static void serveAll(ReplayServer server) {
        from(server, null).respond(json("transactions_page_1.json"));
        from(server, "2024-01-20T08:30:00Z").respond(json("transactions_page_2.json"));
        from(server, "2024-02-05T10:00:00Z").respond(json("transactions_page_3.json"));
        from(server, "2024-03-05T10:00:00Z").respond(json("transactions_after_last.json"));
    }

    /** A configuration validated by the source's schema, reading {@code mautic} on the server, two a page. */
    static SourceConfig config(ReplayServer server, Map<String, String> more) {
        Map<String, String> raw = new HashMap<>(Map.of("collective", "mautic", "baseUrl", server.baseUrl(),
                "pageSize", "2"));
        raw.putAll(more);
        return OpenCollectiveSourceConfig.SCHEMA.validate(raw);
    }
}
