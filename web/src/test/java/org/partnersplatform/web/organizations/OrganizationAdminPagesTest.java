package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** The admin pages of organizations, a person's affiliations and claims, as an administrator's browser uses them. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationAdminPagesTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    private Map<String, String> properties;
    private Jdbc jdbc;
    private Community community;

    @Override
    public Map<String, String> getProperties() {
        properties = new HashMap<>(super.getProperties());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private Api api() {
        return new Api(client.toBlocking());
    }

    private synchronized Community community() {
        if (community == null) {
            community = new Community(api(), jdbc);
        }
        return community;
    }

    @Test
    void organizationsAreCreatedReviewedEditedAndMergedOnTheirPages() {
        community().creditAllowingProvisional("pru@pages-prov.example", "Pru", "2024-05-02");

        Api.Answer created = api().send(community().form("/admin/organizations", Map.of("name", "Page Co",
                "website", "https://page.example", "country", "fra", "domains", "page.example, page-co.example")));
        Api.Answer refused = api().send(community().form("/admin/organizations", Map.of("name", "Bad Co",
                "country", "France")));
        Api.Answer list = api().send(community().page(HttpRequest.GET("/admin/organizations")));
        Api.Answer confirmed = api().send(community().form("/admin/organizations/pages-prov-example/confirm",
                Map.of("name", "Pages Provisional")));
        Api.Answer taken = api().send(community().form("/admin/organizations/pages-prov-example/domains",
                Map.of("domain", "page.example")));
        Api.Answer merged = api().send(community().form("/admin/organizations/page-co/merges",
                Map.of("source", "pages-prov-example")));
        Api.Answer detail = api().send(community().page(HttpRequest.GET("/admin/organizations/page-co")));

        assertEquals(303, created.status(), created.body());
        assertEquals("/admin/organizations/page-co", created.header("Location"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("is an ISO 3166-1 alpha-3 code") && refused.body().contains("Bad Co"),
                "the error is shown with the form as typed");
        assertEquals(200, list.status());
        assertTrue(list.body().indexOf("pages-prov-example") < list.body().indexOf("page-co<"),
                "provisional organizations come first");
        assertTrue(list.body().contains("/admin/organizations/pages-prov-example/dismiss"), list.body());
        assertEquals(303, confirmed.status(), confirmed.body());
        assertEquals(409, taken.status());
        assertTrue(taken.body().contains("the domain page.example belongs to Page Co (page-co)"), taken.body());
        assertEquals(303, merged.status(), merged.body());
        assertTrue(detail.body().contains("page-co.example") && detail.body().contains("Pages Provisional")
                && detail.body().contains("/merges/") && detail.body().contains(">Undo<"), detail.body());
        assertTrue(detail.body().contains("Pru"), "the people affiliated are listed");
    }

    @Test
    void aPersonsAffiliationsPageShowsTheOverlapMessageOnTheFormItCameFrom() {
        community().organization("Aff Page");
        long ada = community().credit("ada@gmail.com", "Ada Lovelace", "2024-05-02");
        String page = "/admin/people/" + ada + "/affiliations";

        Api.Answer added = api().send(community().form(page, Map.of("organization", "aff-page", "from", "2024-01-01",
                "to", "", "origin", "MANUAL", "note", "contract")));
        Api.Answer overlap = api().send(community().form(page, Map.of("organization", "aff-page",
                "from", "2024-03-01", "to", "", "origin", "SELF_DECLARED", "note", "second")));
        Api.Answer shown = api().send(community().page(HttpRequest.GET(page)));
        String affiliation = jdbc.value("SELECT id FROM affiliation WHERE member_id = ?", ada);
        Api.Answer edited = api().send(community().form(page + "/" + affiliation, Map.of("organization", "aff-page",
                "from", "2024-02-01", "to", "2024-01-01", "origin", "MANUAL", "note", "")));
        Api.Answer deleted = api().send(community().form(page + "/" + affiliation + "/delete", Map.of()));

        assertEquals(303, added.status(), added.body());
        assertEquals(409, overlap.status());
        assertTrue(overlap.body().contains("already has affiliation #" + affiliation + " with Aff Page from 2024-01-01"
                + " on (MANUAL)"), overlap.body());
        assertTrue(overlap.body().contains("value=\"second\""), "the form keeps what was typed");
        assertTrue(shown.body().contains("Ada Lovelace") && shown.body().contains("contract"), shown.body());
        assertEquals(400, edited.status());
        assertTrue(edited.body().contains("is on or after from (2024-02-01)"), edited.body());
        assertEquals(303, deleted.status());
        assertEquals(List.of(), jdbc.column("SELECT id FROM affiliation WHERE member_id = ?", ada));
    }

    @Test
    void claimsAreApprovedAndRejectedOnTheirPage() {
        community().organization("Claim Page");
        long cy = community().credit("cy@gmail.com", "Cy", "2024-05-02");
        for (String from : List.of("2024-01-01", "2023-01-01")) {
            assertEquals(201, api().send(HttpRequest.POST("/api/v1/claims", Map.of("memberId", cy,
                    "organization", "claim-page", "from", from, "evidence", "evidence " + from,
                    "claimantName", "Cy", "claimantEmail", "cy@gmail.com", "role", "PERSON"))).status());
        }
        List<String> ids = jdbc.column("SELECT id FROM affiliation_claim WHERE member_id = ? ORDER BY id", cy);

        Api.Answer pending = api().send(community().page(HttpRequest.GET("/admin/claims")));
        Api.Answer approved = api().send(community().form("/admin/claims/" + ids.get(0) + "/approve",
                Map.of("note", "fine")));
        Api.Answer rejected = api().send(community().form("/admin/claims/" + ids.get(1) + "/reject",
                Map.of("note", "older than the approved one")));
        Api.Answer decided = api().send(community().page(HttpRequest.GET("/admin/claims?status=APPROVED")));

        assertEquals(200, pending.status());
        assertTrue(pending.body().contains("evidence 2024-01-01") && pending.body().contains("cy@gmail.com"),
                pending.body());
        assertEquals(303, approved.status(), approved.body());
        assertEquals(303, rejected.status(), rejected.body());
        assertTrue(decided.body().contains("evidence 2024-01-01") && decided.body().contains("fine"), decided.body());
        assertFalse(decided.body().contains("evidence 2023-01-01"));
        assertEquals(List.of("claim-page"), community().organizationsOf(cy));
    }
}
