package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.payment.ManualPaymentCommand;
import org.partnersplatform.core.payment.ManualPayments;
import org.partnersplatform.core.payment.PaymentFilter;
import org.partnersplatform.core.payment.PaymentImport;
import org.partnersplatform.core.payment.PaymentImportReport;
import org.partnersplatform.core.payment.PaymentListing;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.web.api.Months;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The payments page: the list with its filters, the manual entry form, and the CSV import with a dry-run preview
 * (uploads limited to 1 MB and 10,000 rows).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/payments")
@Secured("ADMIN")
class PaymentsAdminController {

    private static final int SHOWN = 200;

    private final PaymentListing listing;
    private final ManualPayments manual;
    private final PaymentImport imports;
    private final DeploymentTime time;
    private final PageRenderer pages;

    PaymentsAdminController(PaymentListing listing, ManualPayments manual, PaymentImport imports, DeploymentTime time,
                            PageRenderer pages) {
        this.listing = listing;
        this.manual = manual;
        this.imports = imports;
        this.time = time;
        this.pages = pages;
    }

    @Get("{?organization,unmatched,unconverted,month}")
    HttpResponse<String> show(@Nullable @QueryValue String organization, @Nullable @QueryValue Boolean unmatched,
                              @Nullable @QueryValue Boolean unconverted, @Nullable @QueryValue String month,
                              HttpRequest<?> request) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("organization", organization == null ? "" : organization);
        filters.put("month", month == null ? "" : month);
        Map<String, Object> model = model(filters, Boolean.TRUE.equals(unmatched), Boolean.TRUE.equals(unconverted));
        HttpStatus status = HttpStatus.OK;
        try {
            model.put("payments", listing.list(new PaymentFilter(blankToNull(organization),
                    Boolean.TRUE.equals(unmatched), Boolean.TRUE.equals(unconverted),
                    month == null || month.isBlank() ? null : Months.parse(month, time), SHOWN, 0)));
        } catch (InvalidRequestException | NotFoundException e) {
            model.put("error", e.getMessage());
            status = e instanceof NotFoundException ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        }
        return pages.page("admin/payments", model, request).status(status);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> enter(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        try {
            manual.enter(new ManualPaymentCommand(form.get("payer"), form.get("payerEmail"), form.get("payerWebsite"),
                    form.get("amount"), form.get("currency"), form.get("paidOn"), form.get("recurrence"),
                    form.get("tier"), form.get("organization"), form.get("note")), principal.getName());
            return HttpResponse.<String>seeOther(URI.create("/admin/payments"));
        } catch (InvalidRequestException | NotFoundException e) {
            Map<String, Object> model = model(Map.of("organization", "", "month", ""), false, false);
            model.put("payments", listing.list(new PaymentFilter(null, false, false, null, SHOWN, 0)));
            model.put("entry", form);
            model.put("entryError", e.getMessage());
            model.put("entryProblems", e instanceof InvalidRequestException invalid
                    ? invalid.problems().entrySet() : null);
            return pages.page("admin/payments", model, request).status(e instanceof NotFoundException
                    ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST);
        }
    }

    /** Previews ({@code action=preview}) or applies ({@code action=apply}) pasted text or an uploaded file. */
    @Post("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<String> importCsv(@Part("action") String action, @Nullable @Part("csv") String csv,
                                   @Nullable @Part("file") CompletedFileUpload file, Principal principal,
                                   HttpRequest<?> request) {
        String text = file != null && file.getSize() > 0 ? read(file) : csv == null ? "" : csv;
        Map<String, Object> model = model(Map.of("organization", "", "month", ""), false, false);
        model.put("csv", text);
        HttpStatus status = HttpStatus.OK;
        try {
            PaymentImportReport report = "apply".equals(action) ? imports.apply(text, principal.getName())
                    : imports.dryRun(text);
            model.put("report", report);
            model.put("counts", report.counts().entrySet());
        } catch (InvalidRequestException e) {
            model.put("importError", e.getMessage());
            status = HttpStatus.BAD_REQUEST;
        }
        model.put("payments", listing.list(new PaymentFilter(null, false, false, null, SHOWN, 0)));
        return pages.page("admin/payments", model, request).status(status);
    }

    private static Map<String, Object> model(Map<String, String> filters, boolean unmatched, boolean unconverted) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Payments");
        model.put("filters", filters);
        model.put("unmatched", unmatched);
        model.put("unconverted", unconverted);
        model.put("shown", SHOWN);
        return model;
    }

    private static String read(CompletedFileUpload file) {
        try {
            return new String(file.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
