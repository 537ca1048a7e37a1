package org.partnersplatform.web.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import org.partnersplatform.core.affiliation.AffiliationExport;
import org.partnersplatform.core.affiliation.AffiliationImport;
import org.partnersplatform.web.api.dto.AffiliationImportReportDto;

/**
 * Who works where as CSV, gitdm-like ({@code email,organization,from,to}): import, a dry run by default, and export
 * ({@code email,name,organization,from,to,origin}). The body is limited to 1 MB by the server and 10,000 rows by the
 * import.
 */
@Controller("/api/v1/affiliations")
@Secured("ADMIN")
class AffiliationBulkApiController {

    private final AffiliationImport imports;
    private final AffiliationExport exports;

    AffiliationBulkApiController(AffiliationImport imports, AffiliationExport exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @Post("/import")
    @Consumes({"text/csv", "text/plain"})
    AffiliationImportReportDto importCsv(@Body String csv, @QueryValue(defaultValue = "true") boolean dryRun,
                                         Principal principal) {
        return AffiliationImportReportDto.of(dryRun ? imports.dryRun(csv) : imports.apply(csv, principal.getName()));
    }

    @Get("/export")
    @Produces("text/csv")
    HttpResponse<String> export() {
        return HttpResponse.ok(exports.csv())
                .header("Content-Disposition", "attachment; filename=\"affiliations.csv\"");
    }
}
