package org.partnersplatform.web.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.payment.ExchangeRateCommand;
import org.partnersplatform.core.payment.ExchangeRateService;
import org.partnersplatform.web.view.PageRenderer;

/** The exchange rates page: administrators' rates and the form to add one (which converts payments again). */
@Produces(MediaType.TEXT_HTML)
@Controller("/admin/exchange-rates")
@Secured("ADMIN")
class ExchangeRatesAdminController {

    private final ExchangeRateService rates;
    private final PageRenderer pages;

    ExchangeRatesAdminController(ExchangeRateService rates, PageRenderer pages) {
        this.rates = rates;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> show(HttpRequest<?> request) {
        return render(request, HttpStatus.OK, Map.of(), null, null);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> add(@Body Map<String, String> form, Principal principal, HttpRequest<?> request) {
        try {
            ExchangeRateService.AddedRate added = rates.add(new ExchangeRateCommand(form.get("currency"),
                    form.get("validFrom"), form.get("usdPerUnit"), form.get("source")), principal.getName());
            return render(request, HttpStatus.OK, Map.of(), null, "Added " + added.rate().currency() + " from "
                    + added.rate().validFrom() + "; " + added.paymentsConverted() + " payments converted again.");
        } catch (InvalidRequestException e) {
            return render(request, HttpStatus.BAD_REQUEST, form, e.getMessage() + ": "
                    + String.join("; ", e.problemLines()), null);
        } catch (ConflictException e) {
            return render(request, HttpStatus.CONFLICT, form, e.getMessage(), null);
        }
    }

    private HttpResponse<String> render(HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                        String error, String notice) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Exchange rates");
        model.put("rates", rates.list());
        model.put("form", form);
        model.put("error", error);
        model.put("notice", notice);
        return pages.page("admin/exchange-rates", model, request).status(status);
    }
}
