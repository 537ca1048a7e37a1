package org.partnersplatform.web.organizations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;

/** Bulk CSV import and export of affiliations and organization domains, through the API and the admin page. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsTest extends WebTestContext {

    private static final MediaType CSV = MediaType.of("text/csv");

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

    private Map<String, Object> importCsv(String uri, String csv) {
        return api().json(api().asAdmin(HttpRequest.POST(uri, csv).contentType(CSV)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> outcomes(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("rows")).stream()
                .map(row -> row.get("line") + " " + row.get("outcome")).toList();
    }

    @Test
    void aDryRunChangesNothingAndApplyingChangesWhatItSaid() {
        community().organization("Imp One");
        long ian = community().credit("ian@gmail.com", "Ian", "2024-05-02");
        String csv = "email,organization,from,to,name\n"
                + "ian@gmail.com,Imp One,2024-01-01,,Ian\n"
                + "nobody@nowhere.example,Imp One,,,\n"
                + "ian@gmail.com,Imp Two,,,\n";
        long before = jdbc.count("SELECT COUNT(*) FROM affiliation");

        Map<String, Object> dryRun = importCsv("/api/v1/affiliations/import?dryRun=true", csv);
        long afterDryRun = jdbc.count("SELECT COUNT(*) FROM affiliation");
        Map<String, Object> applied = importCsv("/api/v1/affiliations/import?dryRun=false", csv);

        assertEquals(false, dryRun.get("applied"));
        assertEquals(List.of("2 ADD", "3 UNKNOWN_EMAIL", "4 UNKNOWN_ORGANIZATION"), outcomes(dryRun));
        assertEquals(Map.of("ADD", 1, "UNCHANGED", 0, "CONFLICT", 0, "UNKNOWN_EMAIL", 1, "UNKNOWN_ORGANIZATION", 1,
                "INVALID", 0), dryRun.get("counts"));
        assertEquals(before, afterDryRun);
        assertEquals(true, applied.get("applied"));
        assertEquals(outcomes(dryRun), outcomes(applied));
        assertEquals(before + 1, jdbc.count("SELECT COUNT(*) FROM affiliation"));
        assertEquals(List.of("imp-one"), community().organizationsOf(ian));
        assertEquals(List.of("2 UNCHANGED", "3 UNKNOWN_EMAIL", "4 UNKNOWN_ORGANIZATION"),
                outcomes(importCsv("/api/v1/affiliations/import", csv)), "without dryRun it is a dry run");
    }

    @Test
    void theExportIsCsvThatImportsBackUnchanged() {
        community().organization("Exp One", "exp-one.example");
        community().credit("eva@exp-one.example", "Eva", "2024-05-02");

        Api.Answer export = api().send(api().asAdmin(HttpRequest.GET("/api/v1/affiliations/export")));
        Map<String, Object> again = importCsv("/api/v1/affiliations/import", export.body());

        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"), export.header("Content-Type"));
        assertTrue(export.body().startsWith("email,name,organization,from,to,origin\n"), export.body());
        assertTrue(export.body().contains("eva@exp-one.example,Eva,exp-one,,,EMAIL_DOMAIN\n"), export.body());
        assertTrue(outcomes(again).stream().allMatch(o -> o.endsWith(" UNCHANGED")), outcomes(again).toString());
    }

    @Test
    void domainsImportWithADryRunAndExport() {
        community().organization("Dom Imp");
        community().organization("Dom Held", "dom-held.example");
        long dora = community().credit("dora@dom-imp.example", "Dora", "2024-05-02");
        String csv = "organization,domain\ndom-imp,dom-imp.example\ndom-imp,dom-held.example\nnobody,x.example\n";

        Map<String, Object> dryRun = importCsv("/api/v1/organizations/domains/import?dryRun=true", csv);
        List<String> beforeApply = community().organizationsOf(dora);
        Map<String, Object> applied = importCsv("/api/v1/organizations/domains/import?dryRun=false", csv);
        Api.Answer export = api().send(api().asAdmin(HttpRequest.GET("/api/v1/organizations/domains/export")));

        assertEquals(List.of("2 ADD", "3 CONFLICT", "4 UNKNOWN_ORGANIZATION"), outcomes(dryRun));
        assertEquals(List.of("independent"), beforeApply);
        assertEquals(outcomes(dryRun), outcomes(applied));
        assertEquals(List.of("dom-imp"), community().organizationsOf(dora));
        assertTrue(export.body().startsWith("organization,domain\n"), export.body());
        assertTrue(export.body().contains("dom-held,dom-held.example\ndom-imp,dom-imp.example\n"), export.body());
    }

    @Test
    void aFileThatCannotBeReadIs400WithItsReason() {
        Map<String, Object> noColumn = importCsv("/api/v1/affiliations/import", "mail,company\nx@y.example,z\n");
        Map<String, Object> unclosed = importCsv("/api/v1/organizations/domains/import",
                "organization,domain\n\"acme,acme.example\n");
        Api.Answer anonymous = api().send(HttpRequest.POST("/api/v1/affiliations/import", "email,organization\n")
                .contentType(CSV));

        assertEquals("the header line lacks the column(s) email, organization; expected the columns"
                + " email,organization (and optionally from,to); nothing was imported", noColumn.get("message"));
        assertTrue(unclosed.get("message").toString().contains("is not closed"), unclosed.toString());
        assertEquals(401, anonymous.status());
    }

    @Test
    void theAdminPagePreviewsAnUploadedFileAndAppliesThePastedOne() {
        community().organization("Page Imp");
        long pam = community().credit("pam@gmail.com", "Pam", "2024-05-02");
        String csv = "email,organization\npam@gmail.com,page-imp\n";

        Api.Answer preview = api().send(community().page(HttpRequest.POST("/admin/imports", MultipartBody.builder()
                .addPart("kind", "affiliations").addPart("action", "preview").addPart("csv", "")
                .addPart("file", "people.csv", CSV, csv.getBytes(StandardCharsets.UTF_8)).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
        List<String> afterPreview = community().organizationsOf(pam);
        Api.Answer apply = api().send(community().page(HttpRequest.POST("/admin/imports", MultipartBody.builder()
                .addPart("kind", "affiliations").addPart("action", "apply").addPart("csv", csv).build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));
        Api.Answer bad = api().send(community().page(HttpRequest.POST("/admin/imports", MultipartBody.builder()
                .addPart("kind", "domains").addPart("action", "preview").addPart("csv", "nothing").build())
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)));

        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("Preview: nothing has changed yet") && preview.body().contains(">ADD<"),
                preview.body());
        assertTrue(preview.body().contains("pam@gmail.com,page-imp"), "the file's text is kept to apply it");
        assertEquals(List.of("independent"), afterPreview);
        assertEquals(200, apply.status(), apply.body());
        assertTrue(apply.body().contains("Imported"), apply.body());
        assertEquals(List.of("page-imp"), community().organizationsOf(pam));
        assertEquals(400, bad.status());
        assertTrue(bad.body().contains("the header line lacks the column(s) organization, domain"), bad.body());
    }
}
