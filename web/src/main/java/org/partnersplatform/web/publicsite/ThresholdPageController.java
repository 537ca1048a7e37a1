package org.partnersplatform.web.publicsite;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.finance.Threshold;
import org.partnersplatform.core.finance.ThresholdService;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The public threshold calculator: pick a country (and an edition) to see the minimum monthly contribution in USD and
 * in local currency. A country nothing covers is shown on the page rather than as an error page.
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/thresholds")
@Secured(SecurityRule.IS_ANONYMOUS)
class ThresholdPageController {

    private final ThresholdService thresholds;
    private final PageRenderer pages;

    ThresholdPageController(ThresholdService thresholds, PageRenderer pages) {
        this.thresholds = thresholds;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> calculator(@Nullable @QueryValue String country, @Nullable @QueryValue String edition,
                                    HttpRequest<?> request) {
        Optional<LocalDate> chosenEdition = ThresholdService.parseEdition(edition);
        String chosenCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Minimum monthly contribution");
        if (!chosenCountry.isEmpty()) {
            try {
                Threshold threshold = thresholds.threshold(chosenCountry, chosenEdition);
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("countryName", threshold.countryName());
                result.put("country", threshold.country());
                result.put("edition", threshold.edition().toString());
                result.put("usdAmount", threshold.usdAmount().toPlainString());
                result.put("localAmount", threshold.localAmount() == null ? ""
                        : threshold.localAmount().toPlainString());
                result.put("currency", threshold.currency() == null ? "" : threshold.currency());
                result.put("basis", threshold.basis());
                model.put("result", result);
            } catch (NotFoundException e) {
                model.put("notFound", e.getMessage());
            }
        }
        model.put("countries", thresholds.countries().stream().map(c -> Map.<String, Object>of("iso3", c.iso3(),
                "name", c.name(), "selected", c.iso3().equals(chosenCountry))).toList());
        String editionKey = chosenEdition.map(LocalDate::toString).orElse("");
        model.put("editions", thresholds.editions().stream().map(d -> Map.<String, Object>of("key", d.toString(),
                "selected", d.toString().equals(editionKey))).toList());
        return pages.page("thresholds", model, request);
    }
}
