package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The demo community: payments matched by email and website domain, by the file, and unmatched; partners the home page
 * features and an application waiting for a reviewer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommunityTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("partners.demo.enabled", "true");
    }

    @Test
    void theDemoShowsFinancialEvidence() {
        Api api = new Api(client.toBlocking());
        Argument<List<Map<String, Object>>> list = Argument.listOf(Argument.mapOf(String.class, Object.class));
        List<Map<String, Object>> payers = api.client().retrieve(api.asAdmin(HttpRequest.GET("/api/v1/payers")), list);
        assertEquals(Set.of("EMAIL_DOMAIN", "WEBSITE_DOMAIN", "ADMIN"), payers.stream()
                .map(p -> p.get("matchedBy")).filter(m -> m != null).map(String::valueOf).collect(Collectors.toSet()));
        assertEquals(2, api.client().retrieve(api.asAdmin(HttpRequest.GET("/api/v1/payers?unmatched=true")), list)
                .size());
        List<Map<String, Object>> payments = api.client().retrieve(api.asAdmin(HttpRequest.GET(
                "/api/v1/payments?limit=1000")), list);
        assertEquals(20, payments.size());
        Map<String, Object> euro = payments.stream().filter(p -> "EUR".equals(p.get("currency"))).findFirst()
                .orElseThrow();
        assertTrue(String.valueOf(euro.get("rateBasis")).startsWith("administrator's rate from "), String.valueOf(euro));
        assertEquals(1296.0, ((Number) euro.get("usdAmount")).doubleValue(), 0.00001);
        assertTrue(payments.stream().allMatch(p -> p.get("usdAmount") != null), "every demo payment is converted");
    }

    @Test
    void theDemoHasPartnersTheHomePageFeaturesAndAnApplicationWaiting() {
        Api api = new Api(client.toBlocking());
        Argument<List<Map<String, Object>>> list = Argument.listOf(Argument.mapOf(String.class, Object.class));
        List<Map<String, Object>> partners = api.client().retrieve(api.asAdmin(HttpRequest.GET("/api/v1/partners")),
                list);
        assertEquals(5, partners.size(), partners.toString());
        assertTrue(partners.stream().allMatch(p -> "ACTIVE".equals(p.get("status"))), partners.toString());
        Set<Object> partnerSlugs = partners.stream().map(p -> p.get("organization")).collect(Collectors.toSet());

        Map<String, Object> featured = api.json(HttpRequest.GET("/api/v1/featured"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> organizations = (List<Map<String, Object>>) featured.get("organizations");
        assertEquals(3, organizations.size(), featured.toString());
        assertTrue(organizations.stream().allMatch(o -> partnerSlugs.contains(o.get("slug"))), featured.toString());

        List<Map<String, Object>> waiting = api.client().retrieve(api.asAdmin(HttpRequest.GET(
                "/api/v1/applications?status=SUBMITTED")), list);
        assertEquals(1, waiting.size(), waiting.toString());
        assertTrue(api.send(HttpRequest.GET("/partners")).body().contains((String) partners.get(0).get("name")));
    }
}
