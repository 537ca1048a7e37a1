package org.partnersplatform.web.finance;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.LedgerFinanceSource;
import org.partnersplatform.web.support.LedgerPluginJar;
import org.partnersplatform.web.support.WebTestContext;

/**
 * A finance plugin, built as a real jar, installed and synced through the API: its payments are stored once,
 * converted to US dollars and matched to organizations; the payment endpoints answer bad input with 400 and 404.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceSourcesTest extends WebTestContext {

    private static final String LEDGER = """
            oc-1,acct-acme,Acme Foundation,,https://www.fin-acme.example,100,USD,2021-01-05T10:00:00Z,MONTHLY
            oc-2,acct-acme,Acme Foundation,,https://www.fin-acme.example,100,USD,2021-02-05T10:00:00Z,MONTHLY
            ---
            oc-3,acct-eu,Euro Donor,donor@gmail.com,,100,EUR,2021-01-01T12:00:00Z,ONE_TIME
            oc-4,acct-eu,Euro Donor,donor@gmail.com,,1.00001,EUR,2021-01-02T12:00:00Z,ONE_TIME
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return LedgerPluginJar.installedIn(super.getProperties());
    }

    private Api api() {
        return new Api(client.toBlocking());
    }

    @Test
    void aFinancePluginIsInstalledSyncedTwiceConvertedAndMatched() throws InterruptedException {
        Api api = api();
        assertEquals(201, api.send(api.asAdmin(HttpRequest.POST("/api/v1/organizations", Map.of(
                "name", "Fin Acme", "domains", List.of("fin-acme.example"))))).status());
        Api.Answer refused = api.send(api.asAdmin(HttpRequest.POST("/api/v1/installations", Map.of(
                "plugin", LedgerFinanceSource.ID, "name", "Ledger", "config", Map.of("ledger", "nothing")))));
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("config.ledger"), refused.body());

        Api.Answer created = api.send(api.asAdmin(HttpRequest.POST("/api/v1/installations", Map.of(
                "plugin", LedgerFinanceSource.ID, "name", "Ledger", "config", Map.of("ledger", LEDGER)))));
        assertEquals(201, created.status(), created.body());
        long id = ((Number) api.json(api.asAdmin(HttpRequest.GET(created.header("Location")))).get("id")).longValue();

        Api.Answer pushed = api.send(HttpRequest.POST("/api/v1/hooks/" + id, "{}"));
        assertEquals(409, pushed.status(), pushed.body());
        assertTrue(pushed.body().contains("is a finance source"), pushed.body());

        Map<String, Object> first = sync(api, id);
        assertEquals("SUCCEEDED", first.get("status"), String.valueOf(first));
        assertEquals(List.of(2, 4, 3, 0, 0, 1), counts(first));
        List<Map<String, Object>> rejections = list(api, "/api/v1/syncs/" + first.get("id") + "/rejections");
        assertEquals("oc-4", rejections.get(0).get("itemId"));
        assertEquals("the amount 1.00001 has more than 4 decimals", rejections.get(0).get("reason"));

        Map<String, Object> second = sync(api, id);
        assertEquals("SUCCEEDED", second.get("status"), String.valueOf(second));
        assertEquals(List.of(2, 4, 0, 0, 3, 1), counts(second));

        List<Map<String, Object>> acme = payments(api, "/api/v1/payments?organization=fin-acme");
        assertEquals(List.of("oc-2", "oc-1"), acme.stream().map(p -> p.get("paymentKey")).toList());
        assertEquals(LedgerFinanceSource.ID, acme.get(0).get("origin"));
        assertEquals("monthly", acme.get(0).get("recurrence"));
        Map<String, Object> payer = list(api, "/api/v1/payers").stream()
                .filter(p -> "acct-acme".equals(p.get("accountId"))).findFirst().orElseThrow();
        assertEquals("WEBSITE_DOMAIN", payer.get("matchedBy"));
        assertEquals("fin-acme", payer.get("organization"));

        Map<String, Object> euro = payments(api, "/api/v1/payments?unmatched=true&month=2021-01").get(0);
        assertEquals("oc-3", euro.get("paymentKey"));
        assertEquals(121.505, ((Number) euro.get("usdAmount")).doubleValue(), 0.00001);
        assertEquals("Big Mac index 2021-01-01 market rate (dollar_ex 0.823011399)", euro.get("rateBasis"));

        Map<String, Object> individual = api.json(api.asAdmin(HttpRequest.PUT(
                "/api/v1/payers/" + euro.get("payerId") + "/organization", Map.of("individual", true))));
        assertEquals(true, individual.get("individual"));
        assertTrue(payments(api, "/api/v1/payments?unmatched=true").isEmpty());
        Map<String, Object> unmatched = api.json(api.asAdmin(HttpRequest.PUT(
                "/api/v1/payers/" + euro.get("payerId") + "/organization", Map.of())));
        assertEquals(false, unmatched.get("individual"));
        assertEquals("ADMIN", unmatched.get("matchedBy"));
        assertEquals(List.of("oc-3"), payments(api, "/api/v1/payments?unmatched=true").stream()
                .map(p -> p.get("paymentKey")).toList());
    }

    @Test
    void badCsvFilesUnknownOrganizationsAndBadCurrenciesAreRefusedWithTheirReason() {
        Api api = api();
        Api.Answer missingColumns = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments/imports?dryRun=false",
                "payment_id,payer,amount\nx,y,1\n").contentType("text/csv")));
        assertEquals(400, missingColumns.status(), missingColumns.body());
        assertTrue(missingColumns.body().contains("lacks the column(s) currency, paid_on"), missingColumns.body());

        Api.Answer dryRun = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments/imports",
                "payment_id,payer,amount,currency,paid_on\nw-1,Web Payer,12.5,ZZZ,2024-01-01\n"
                        + "w-2,Web Payer,12.5,USD,2024-01-01\n").contentType("text/csv")));
        assertEquals(200, dryRun.status(), dryRun.body());
        assertTrue(dryRun.body().contains("\"applied\":false"), dryRun.body());
        assertTrue(dryRun.body().contains("currency: \\\"ZZZ\\\" is not an ISO 4217 currency code"), dryRun.body());
        assertTrue(payments(api, "/api/v1/payments?month=2024-01").isEmpty());

        Api.Answer unknown = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments", Map.of(
                "payer", "Web Payer", "amount", 10, "currency", "USD", "paidOn", "2024-01-01",
                "organization", "no-such-org"))));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("no-such-org"), unknown.body());

        Api.Answer badCurrency = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments", Map.of(
                "payer", "Web Payer", "amount", 10, "currency", "DOLLARS", "paidOn", "2024-01-01"))));
        assertEquals(400, badCurrency.status(), badCurrency.body());
        assertTrue(badCurrency.body().contains("\"currency\":\"\\\"DOLLARS\\\" is not an ISO 4217 currency code\""),
                badCurrency.body());

        Api.Answer entered = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments", Map.of(
                "payer", "Web Payer", "amount", 10, "currency", "CHF", "paidOn", "1999-06-01"))));
        assertEquals(400, entered.status(), entered.body());
        Api.Answer manual = api.send(api.asAdmin(HttpRequest.POST("/api/v1/payments", Map.of(
                "payer", "Web Payer", "amount", 10, "currency", "XPF", "paidOn", "2024-01-01"))));
        assertEquals(201, manual.status(), manual.body());
        assertTrue(manual.body().contains("\"usdAmount\":null") || !manual.body().contains("usdAmount"),
                manual.body());
        Api.Answer rate = api.send(api.asAdmin(HttpRequest.POST("/api/v1/exchange-rates", Map.of(
                "currency", "XPF", "validFrom", "2023-01-01", "usdPerUnit", 0.009, "source", "test"))));
        assertEquals(201, rate.status(), rate.body());
        assertTrue(rate.body().contains("\"paymentsConverted\":1"), rate.body());
        Map<String, Object> converted = payments(api, "/api/v1/payments?month=2024-01").get(0);
        assertEquals(0.09, ((Number) converted.get("usdAmount")).doubleValue(), 0.00001);

        assertEquals(404, api.send(api.asAdmin(HttpRequest.GET("/api/v1/payments?organization=nope"))).status());
        assertEquals(404, api.send(api.asAdmin(HttpRequest.PUT("/api/v1/payers/999999/organization",
                Map.of("individual", true)))).status());
        assertEquals(401, api.send(HttpRequest.GET("/api/v1/payments")).status());
    }

    private Map<String, Object> sync(Api api, long installationId) throws InterruptedException {
        Map<String, Object> run = api.json(api.asAdmin(HttpRequest.POST(
                "/api/v1/installations/" + installationId + "/syncs", "")));
        return api.await("/api/v1/syncs/" + run.get("id"), r -> r.get("finishedAt") != null);
    }

    private static List<Integer> counts(Map<String, Object> run) {
        return List.of("pages", "fetched", "created", "updated", "unchanged", "rejected").stream()
                .map(key -> ((Number) run.get(key)).intValue()).toList();
    }

    private static List<Map<String, Object>> payments(Api api, String uri) {
        return list(api, uri);
    }

    private static List<Map<String, Object>> list(Api api, String uri) {
        return api.client().retrieve(api.asAdmin(HttpRequest.GET(uri)),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }
}
