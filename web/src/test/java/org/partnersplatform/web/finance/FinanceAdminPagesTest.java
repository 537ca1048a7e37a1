package org.partnersplatform.web.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
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

/** The payments, payers and exchange-rate pages, and finance sources on the installation pages. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinanceAdminPagesTest extends WebTestContext {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

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

    private <B> MutableHttpRequest<B> page(MutableHttpRequest<B> request) {
        return api().asAdmin(request).header("Accept", BROWSER);
    }

    private Api.Answer form(String uri, Map<String, String> fields) {
        return api().send(page(HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED)));
    }

    @Test
    void administratorsEnterMatchAndConvertPaymentsFromThePages() {
        assertEquals(201, api().send(api().asAdmin(HttpRequest.POST("/api/v1/organizations", Map.of(
                "name", "Page Payer Org", "domains", List.of("pagepayer.example"))))).status());
        Api.Answer choose = api().send(page(HttpRequest.GET("/admin/installations/new")));
        assertTrue(choose.body().contains("new?source=" + LedgerFinanceSource.ID), choose.body());
        Api.Answer installForm = api().send(page(HttpRequest.GET("/admin/installations/new?source="
                + LedgerFinanceSource.ID)));
        assertEquals(200, installForm.status());
        assertTrue(installForm.body().contains("name=\"config.ledger\""), installForm.body());

        Api.Answer refused = form("/admin/payments", Map.of("payer", "Page Payer", "amount", "ten",
                "currency", "USD", "paidOn", "2024-05-02"));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("amount: &quot;ten&quot; is not an amount"), refused.body());
        Api.Answer tooEarly = form("/admin/payments", Map.of("payer", "Page Payer", "amount", "40",
                "currency", "NZD", "paidOn", "1999-05-02"));
        assertEquals(400, tooEarly.status());
        assertTrue(tooEarly.body().contains("is implausible (before 2000 or in the future)"), tooEarly.body());
        Api.Answer entered = form("/admin/payments", Map.of("payer", "Page Payer", "amount", "40",
                "currency", "XOF", "paidOn", "2024-05-02", "payerEmail", "ap@pagepayer.example",
                "recurrence", "monthly"));
        assertEquals(303, entered.status(), entered.body());

        Api.Answer list = api().send(page(HttpRequest.GET("/admin/payments?organization=page-payer-org")));
        assertEquals(200, list.status());
        assertTrue(list.body().contains("40.0000 XOF"), list.body());
        assertTrue(list.body().contains("no rate found for XOF on 2024-05-02"), list.body());

        Api.Answer rate = form("/admin/exchange-rates", Map.of("currency", "XOF", "validFrom", "2024-01-01",
                "usdPerUnit", "0.0016", "source", "test rate"));
        assertEquals(200, rate.status(), rate.body());
        assertTrue(rate.body().contains("1 payments converted again"), rate.body());
        assertTrue(api().send(page(HttpRequest.GET("/admin/payments"))).body().contains("0.0640"));

        Api.Answer payers = api().send(page(HttpRequest.GET("/admin/payers")));
        assertTrue(payers.body().contains("EMAIL_DOMAIN"), payers.body());
        Api.Answer preview = api().send(page(HttpRequest.POST("/admin/payments/import",
                MultipartBody.builder().addPart("action", "preview")
                        .addPart("csv", "payment_id,payer,amount,currency,paid_on\np-1,Page Payer,5,USD,2024-05-03\n")
                        .build()).contentType(MediaType.MULTIPART_FORM_DATA)));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("Preview: nothing has changed yet"), preview.body());
        assertTrue(preview.body().contains("CREATE"), preview.body());
    }
}
