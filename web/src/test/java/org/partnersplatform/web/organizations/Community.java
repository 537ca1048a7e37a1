package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;

/**
 * People and their activities for the web tests, made through the API as an administrator would (manual credits of a
 * talk, weight 5, on a day), and read back with plain SQL.
 */
final class Community {

    /** What a browser sends as Accept with a page or form request. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final Api api;
    private final Jdbc jdbc;
    private Object installation;
    private Object provisionalInstallation;

    Community(Api api, Jdbc jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** Credits a talk to the person with this email on a day; returns the person's member id. */
    synchronized long credit(String email, String name, String date) {
        if (installation == null) {
            installation = install("Credits", false);
        }
        return credit(installation, email, name, date);
    }

    /** Credits a talk through an installation that creates provisional organizations for unknown company domains. */
    synchronized long creditAllowingProvisional(String email, String name, String date) {
        if (provisionalInstallation == null) {
            provisionalInstallation = install("Credits (provisional)", true);
        }
        return credit(provisionalInstallation, email, name, date);
    }

    /** The slugs of the organizations the person's activities count for ("independent" for none), oldest first. */
    List<String> organizationsOf(long memberId) {
        return jdbc.column("SELECT COALESCE(o.slug, 'independent') FROM activity a"
                + " LEFT JOIN organization o ON o.id = a.organization_id WHERE a.member_id = ?"
                + " ORDER BY a.occurred_at", memberId);
    }

    /** Creates an organization through the API. */
    void organization(String name, String... domains) {
        Api.Answer created = api.send(api.asAdmin(HttpRequest.POST("/api/v1/organizations",
                Map.of("name", name, "domains", List.of(domains)))));
        assertEquals(201, created.status(), created.body());
    }

    /** An admin page request, as a browser sends it. */
    <B> MutableHttpRequest<B> page(MutableHttpRequest<B> request) {
        return api.asAdmin(request).header("Accept", BROWSER);
    }

    /** An admin form post, as a browser sends it. */
    MutableHttpRequest<Map<String, String>> form(String uri, Map<String, String> fields) {
        return page(HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED));
    }

    private Object install(String name, boolean provisional) {
        Map<String, Object> created = api.json(api.asAdmin(HttpRequest.POST("/api/v1/installations",
                Map.of("plugin", "org.partnersplatform.manual", "name", name, "createProvisionalOrgs", provisional))));
        return created.get("id");
    }

    private long credit(Object installationId, String email, String name, String date) {
        Api.Answer answer = api.send(api.asAdmin(HttpRequest.POST("/api/v1/credits?installation=" + installationId,
                Map.of("type", "talk_given", "person", Map.of("email", email, "name", name), "date", date,
                        "reason", "Talk on " + date))));
        assertEquals(201, answer.status(), answer.body());
        return Long.parseLong(jdbc.value("SELECT DISTINCT member_id FROM identity WHERE email = ?", email));
    }
}
