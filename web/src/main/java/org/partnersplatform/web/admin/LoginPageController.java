package org.partnersplatform.web.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.partnersplatform.web.view.PageRenderer;

/** The sign-in form; Micronaut Security's login endpoint receives it. */
@Produces(MediaType.TEXT_HTML)
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginPageController {

    private final PageRenderer pages;

    LoginPageController(PageRenderer pages) {
        this.pages = pages;
    }

    @Get
    HttpResponse<String> form(@Nullable @QueryValue String error, HttpRequest<?> request) {
        return pages.page("login", Map.of("title", "Sign in", "failed", error != null), request);
    }
}
