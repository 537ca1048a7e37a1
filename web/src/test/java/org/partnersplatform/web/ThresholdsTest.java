package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/**
 * The threshold API and calculator page, on the January 2021 edition as first published (uploaded through the API
 * from platform-core's test resources) next to the built-in index loaded at startup.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThresholdsTest extends WebTestContext {

    private static final String CSV = "text/csv";

    @Inject
    @Client("/")
    HttpClient client;

    private boolean uploaded;

    private Api api() {
        return new Api(client.toBlocking());
    }

    private synchronized void asPublished() {
        if (uploaded) {
            return;
        }
        Api.Answer answer = api().send(api().asAdmin(HttpRequest.POST("/api/v1/thresholds/editions?name=as-published.csv",
                text("big-mac/as-published-dfa50b1/big-mac-full-index.csv")).contentType(CSV)));
        assertEquals(201, answer.status(), answer.body());
        assertTrue(answer.body().contains("\"dataSet\":\"uploaded as-published.csv\""), answer.body());
        uploaded = true;
    }

    @Test
    void theApiAnswersForTheUnitedStatesAndVietnam() {
        asPublished();
        assertEquals(Map.of("country", "USA", "countryName", "United States", "edition", "2021-01-01",
                "currency", "USD", "localAmount", "100", "usdAmount", "100.00", "basis", "edition 2021-01-01"),
                api().json(HttpRequest.GET("/api/v1/thresholds?country=USA&edition=2021-01-01")));
        Map<String, Object> vietnam = api().json(HttpRequest.GET("/api/v1/thresholds?country=vnm&edition=2021-01-01"));
        assertEquals("50.56", vietnam.get("usdAmount"));
        assertEquals("1166078", vietnam.get("localAmount"));
        assertEquals("VND", vietnam.get("currency"));
    }

    @Test
    void aBadCountryOrEditionIs400AndAnUnknownCountryIs404() {
        Map<String, Object> bad = api().json(HttpRequest.GET("/api/v1/thresholds?country=U1"));
        assertEquals("the country is not valid", bad.get("message"));
        assertEquals(Map.of("country", "is an ISO 3166-1 alpha-3 code, e.g. VNM"), bad.get("problems"));
        assertEquals(400, api().send(HttpRequest.GET("/api/v1/thresholds")).status());
        Api.Answer badEdition = api().send(HttpRequest.GET("/api/v1/thresholds?country=USA&edition=January"));
        assertEquals(400, badEdition.status());
        assertTrue(badEdition.body().contains("is a date YYYY-MM-DD"), badEdition.body());
        Api.Answer unknown = api().send(HttpRequest.GET("/api/v1/thresholds?country=ISL"));
        assertEquals(404, unknown.status());
        assertTrue(unknown.body().contains("has a price for ISL"), unknown.body());
    }

    @Test
    void anAdministratorsFigureCoversACountryNoEditionHas() {
        assertEquals(404, api().send(HttpRequest.GET("/api/v1/thresholds?country=GRL")).status());
        Map<String, Object> figure = Map.of("usdAmount", "80.00", "reason", "Greenland: agreed with the board");
        assertEquals(401, api().send(HttpRequest.PUT("/api/v1/thresholds/overrides/GRL", figure)).status());
        Map<String, Object> refused = api().json(api().asAdmin(HttpRequest.PUT("/api/v1/thresholds/overrides/GRL",
                Map.of("usdAmount", "-1", "reason", "x"))));
        assertEquals("the amount is not valid", refused.get("message"));

        Map<String, Object> set = api().json(api().asAdmin(HttpRequest.PUT("/api/v1/thresholds/overrides/GRL",
                figure)));
        assertEquals("80.00", set.get("usdAmount"));
        Map<String, Object> greenland = api().json(HttpRequest.GET("/api/v1/thresholds?country=GRL"));
        assertEquals("80.00", greenland.get("usdAmount"));
        assertTrue(((String) greenland.get("basis")).contains("Greenland: agreed with the board"),
                greenland.toString());
    }

    @Test
    void uploadsNeedAnAdministratorAndAMalformedFileIsRefusedNamingTheLine() {
        String malformed = "date,iso_a3,currency_code,name,local_price,dollar_ex,dollar_price\n"
                + "2030-01-01,USA,USD,United States,5.66,1,5.66\n"
                + "2030-01-01,VNM,VND,Vietnam,lots,23064,2.86\n";
        assertEquals(401, api().send(HttpRequest.POST("/api/v1/thresholds/editions", malformed).contentType(CSV))
                .status());
        Api.Answer refused = api().send(api().asAdmin(HttpRequest.POST("/api/v1/thresholds/editions", malformed)
                .contentType(CSV)));
        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("line 3, column local_price"), refused.body());
        assertEquals(404, api().send(HttpRequest.GET("/api/v1/thresholds?country=USA&edition=2030-01-01")).status());
    }

    @Test
    void theCalculatorPageShowsTheAmountsAndTheAttribution() {
        asPublished();
        Api.Answer page = api().send(HttpRequest.GET("/thresholds?country=VNM&edition=2021-01-01")
                .accept(MediaType.TEXT_HTML));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("USD 50.56"), page.body());
        assertTrue(page.body().contains("VND 1166078"), page.body());
        assertTrue(page.body().contains("Basis: edition 2021-01-01."), page.body());
        assertTrue(page.body().contains("CC BY 4.0"), page.body());
        assertTrue(page.body().contains("href=\"/api/v1/thresholds?country=VNM&amp;edition=2021-01-01\""),
                "the JSON link is for the country shown");
        for (String empty : List.of("/thresholds", "/")) {
            Api.Answer answer = api().send(HttpRequest.GET(empty).accept(MediaType.TEXT_HTML));
            assertEquals(200, answer.status(), empty);
            assertTrue(answer.body().contains("href=\"/thresholds\""), empty);
        }
        Api.Answer unknown = api().send(HttpRequest.GET("/thresholds?country=ISL").accept(MediaType.TEXT_HTML));
        assertEquals(200, unknown.status());
        assertTrue(unknown.body().contains("has a price for ISL"), unknown.body());
    }

    private static String text(String resource) {
        try (InputStream in = ThresholdsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
