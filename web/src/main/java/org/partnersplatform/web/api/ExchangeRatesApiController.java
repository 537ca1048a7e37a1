package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.payment.ExchangeRateService;
import org.partnersplatform.web.api.dto.ExchangeRateDto;
import org.partnersplatform.web.api.dto.ExchangeRateRequest;

/** Administrators' exchange rates: list them, add one (which converts the payments it applies to again). */
@Controller("/api/v1/exchange-rates")
@Secured("ADMIN")
class ExchangeRatesApiController {

    private final ExchangeRateService rates;

    ExchangeRatesApiController(ExchangeRateService rates) {
        this.rates = rates;
    }

    @Get
    List<ExchangeRateDto> list() {
        return rates.list().stream().map(rate -> ExchangeRateDto.of(rate, null)).toList();
    }

    @Post
    HttpResponse<ExchangeRateDto> add(@Body @Nullable ExchangeRateRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"currency\": ..., \"validFrom\": ...,"
                    + " \"usdPerUnit\": ..., \"source\": ...}");
        }
        ExchangeRateService.AddedRate added = rates.add(request.toCommand(), principal.getName());
        return HttpResponse.created(ExchangeRateDto.of(added.rate(), added.paymentsConverted()),
                URI.create("/api/v1/exchange-rates"));
    }
}
