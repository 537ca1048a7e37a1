package org.partnersplatform.plugins.jira;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.testkit.ReplayResponse;
import org.partnersplatform.testkit.ReplayServer;

/** What the Jira tests share: settings, fixture routes by {@code startAt}, and running a session as the core does. */
final class JiraTestSupport {

    static final String CLOUD_SEARCH = "/rest/api/3/search";
    static final String SERVER_SEARCH = "/rest/api/2/search";
    static final String EMAIL = "admin@example.org";
    static final String API_TOKEN = "cloud-t0ken";
    static final String PAT = "server-p4t";

    private JiraTestSupport() {
    }

    static SourceConfig config(Map<String, String> values) {
        return JiraSourceConfig.SCHEMA.validate(new HashMap<>(values));
    }

    static Map<String, String> cloud(ReplayServer server, String... more) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("deployment", "cloud", "baseUrl", server.baseUrl(),
                "email", EMAIL, "apiToken", API_TOKEN, "pageSize", "2"));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    static Map<String, String> server(ReplayServer server, String... more) {
        Map<String, String> values = new LinkedHashMap<>(Map.of("deployment", "server",
                "baseUrl", server.baseUrl(), "personalAccessToken", PAT, "pageSize", "2"));
        for (int i = 0; i < more.length; i += 2) {
            values.put(more[i], more[i + 1]);
        }
        return values;
    }

    /** Serves the fixture for each {@code startAt} of the search at {@code path}, whatever the JQL. */
    static void serveCloudPages(ReplayServer server) {
        servePage(server, CLOUD_SEARCH, 0, "cloud_search_page_1.json");
        servePage(server, CLOUD_SEARCH, 2, "cloud_search_page_2.json");
        servePage(server, CLOUD_SEARCH, 4, "cloud_search_page_3.json");
    }

    static void servePage(ReplayServer server, String path, long startAt, String fixture) {
        server.on("GET", path, query -> param(query, "startAt").equals(String.valueOf(startAt)))
                .respond(fixture(fixture));
    }

    static ReplayResponse fixture(String name) {
        return ReplayResponse.okFromResource("fixtures/jira/" + name);
    }

    /** A decoded query parameter of a raw query, or an empty string. */
    static String param(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return "";
    }

    /** What one run read. */
    record Run(List<ActivityRecord> items, List<RejectedItem> rejected, List<Page<ActivityRecord>> pages) {

        Checkpoint last() {
            return pages.get(pages.size() - 1).next();
        }

        List<String> ids() {
            return items.stream().map(ActivityRecord::itemId).toList();
        }
    }

    static Run run(SourceConfig config, SourceContext context, Checkpoint from) {
        List<ActivityRecord> items = new ArrayList<>();
        List<RejectedItem> rejected = new ArrayList<>();
        List<Page<ActivityRecord>> pages = new ArrayList<>();
        Checkpoint checkpoint = from;
        try (PagedSession<ActivityRecord> session = new JiraSource().open(config, context)) {
            while (pages.size() < 100) {
                Page<ActivityRecord> page = session.fetch(checkpoint);
                pages.add(page);
                items.addAll(page.items());
                rejected.addAll(page.rejected());
                checkpoint = page.next();
                if (!page.hasMore()) {
                    break;
                }
            }
        }
        return new Run(items, rejected, pages);
    }
}
