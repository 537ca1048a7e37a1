package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.affiliation.AffiliationExport;
import org.partnersplatform.core.affiliation.AffiliationImport;
import org.partnersplatform.core.affiliation.DomainExport;
import org.partnersplatform.core.affiliation.DomainImport;
import org.partnersplatform.core.affiliation.ImportReport;
import org.partnersplatform.web.view.PageRenderer;

/**
 * Bulk imports of affiliations and of organization domains: paste the CSV or upload the file, preview what each row
 * would do (a dry run), then apply it; and both exports. Uploads are limited to 1 MB and 10,000 rows.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/imports")
@Secured("ADMIN")
class ImportsAdminController {

    private static final String AFFILIATIONS = "affiliations";
    private static final String DOMAINS = "domains";

    private final AffiliationImport affiliationImport;
    private final DomainImport domainImport;
    private final AffiliationExport affiliationExport;
    private final DomainExport domainExport;
    private final PageRenderer pages;

    ImportsAdminController(AffiliationImport affiliationImport, DomainImport domainImport,
                           AffiliationExport affiliationExport, DomainExport domainExport, PageRenderer pages) {
        this.affiliationImport = affiliationImport;
        this.domainImport = domainImport;
        this.affiliationExport = affiliationExport;
        this.domainExport = domainExport;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, AFFILIATIONS, "", null, null);
    }

    /**
     * Previews ({@code action=preview}) or applies ({@code action=apply}) a file of {@code kind} affiliations or
     * domains, given as pasted text ({@code csv}) or an uploaded {@code file} (which wins when not empty).
     */
    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> run(@Part("kind") String kind, @Part("action") String action,
                             @Nullable @Part("csv") String csv, @Nullable @Part("file") CompletedFileUpload file,
                             Principal principal, HttpRequest<?> request) {
        String chosen = DOMAINS.equals(kind) ? DOMAINS : AFFILIATIONS;
        String text = file != null && file.getSize() > 0 ? read(file) : csv == null ? "" : csv;
        boolean apply = "apply".equals(action);
        try {
            ImportReport report = chosen.equals(DOMAINS)
                    ? (apply ? domainImport.apply(text, principal.getName()) : domainImport.dryRun(text))
                    : (apply ? affiliationImport.apply(text, principal.getName()) : affiliationImport.dryRun(text));
            return render(request, HttpStatus.OK, chosen, text, report, null);
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, chosen, text, null, e.getMessage());
        }
    }

    @Get("/affiliations.csv")
    @Produces("text/csv")
    HttpResponse<String> exportAffiliations() {
        return HttpResponse.ok(affiliationExport.csv())
                .header("Content-Disposition", "attachment; filename=\"affiliations.csv\"");
    }

    @Get("/domains.csv")
    @Produces("text/csv")
    HttpResponse<String> exportDomains() {
        return HttpResponse.ok(domainExport.csv())
                .header("Content-Disposition", "attachment; filename=\"organization-domains.csv\"");
    }

    private static String read(CompletedFileUpload file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, String kind, String csv,
                                        @Nullable ImportReport report, @Nullable String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Imports and exports");
        model.put("kind", kind);
        model.put("domains", DOMAINS.equals(kind));
        model.put("csv", csv);
        model.put("report", report);
        model.put("counts", report == null ? null : report.counts().entrySet());
        model.put("error", error);
        return pages.page("admin/imports", model, request).status(status);
    }
}
