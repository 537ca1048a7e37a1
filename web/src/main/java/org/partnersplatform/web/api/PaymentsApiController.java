package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.payment.ManualPayments;
import org.partnersplatform.core.payment.PaymentFilter;
import org.partnersplatform.core.payment.PaymentImport;
import org.partnersplatform.core.payment.PaymentListing;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.dto.PaymentDto;
import org.partnersplatform.web.api.dto.PaymentImportReportDto;
import org.partnersplatform.web.api.dto.PaymentRequest;

/**
 * Payments: list them with filters, enter one by hand, import a CSV file (a dry run by default). The body of an
 * import is limited to 1 MB by the server and 10,000 rows by the import.
 */
@Controller("/api/v1/payments")
@Secured("ADMIN")
class PaymentsApiController {

    private final PaymentListing listing;
    private final ManualPayments manual;
    private final PaymentImport imports;
    private final DeploymentTime time;

    PaymentsApiController(PaymentListing listing, ManualPayments manual, PaymentImport imports, DeploymentTime time) {
        this.listing = listing;
        this.manual = manual;
        this.imports = imports;
        this.time = time;
    }

    @Get("{?organization,unmatched,unconverted,month,limit,offset}")
    List<PaymentDto> list(@Nullable String organization, @Nullable Boolean unmatched, @Nullable Boolean unconverted,
                          @Nullable String month, @Nullable Integer limit, @Nullable Integer offset) {
        return listing.list(new PaymentFilter(organization, Boolean.TRUE.equals(unmatched),
                        Boolean.TRUE.equals(unconverted), month == null || month.isBlank() ? null
                        : Months.parse(month, time), limit == null ? 100 : limit, offset == null ? 0 : offset))
                .stream().map(PaymentDto::of).toList();
    }

    @Post
    HttpResponse<PaymentDto> enter(@Body @Nullable PaymentRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"payer\": ..., \"amount\": ...,"
                    + " \"currency\": ..., \"paidOn\": ...}");
        }
        PaymentDto created = PaymentDto.of(manual.enter(request.toCommand(), principal.getName()));
        return HttpResponse.created(created);
    }

    @Post("/imports")
    @Consumes({"text/csv", "text/plain"})
    PaymentImportReportDto importCsv(@Body String csv, @QueryValue(defaultValue = "true") boolean dryRun,
                                     Principal principal) {
        return PaymentImportReportDto.of(dryRun ? imports.dryRun(csv) : imports.apply(csv, principal.getName()));
    }
}
