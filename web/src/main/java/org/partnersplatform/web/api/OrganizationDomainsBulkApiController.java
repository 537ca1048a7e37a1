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
import org.partnersplatform.core.affiliation.DomainExport;
import org.partnersplatform.core.affiliation.DomainImport;
import org.partnersplatform.web.api.dto.AffiliationImportReportDto;

/**
 * Organization domains as CSV ({@code organization,domain}): import, a dry run by default, and export. The body is
 * limited to 1 MB by the server and 10,000 rows by the import.
 */
@Controller("/api/v1/organizations/domains")
@Secured("ADMIN")
class OrganizationDomainsBulkApiController {

    private final DomainImport imports;
    private final DomainExport exports;

    OrganizationDomainsBulkApiController(DomainImport imports, DomainExport exports) {
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
                .header("Content-Disposition", "attachment; filename=\"organization-domains.csv\"");
    }
}
