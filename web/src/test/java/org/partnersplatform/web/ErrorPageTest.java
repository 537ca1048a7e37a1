package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.web.support.Api;
import org.partnersplatform.web.support.WebTestContext;
import org.partnersplatform.web.view.PageRenderer;

/** A template that fails to render answers at once with a 500 and no stack trace, instead of hanging. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPageTest extends WebTestContext {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("spec.name", "ErrorPageTest", "micronaut.http.client.read-timeout", "5s");
    }

    @Test
    void aBrokenTemplateAnswersA500AtOnce() {
        long started = System.nanoTime();
        Api.Answer answer = new Api(client.toBlocking()).send(HttpRequest.GET("/broken").accept(MediaType.TEXT_HTML));
        assertEquals(500, answer.status());
        assertFalse(answer.body().contains("at org."), "no stack trace: " + answer.body());
        assertFalse(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) >= 0);
    }

    @Requires(property = "spec.name", value = "ErrorPageTest")
    @Controller("/broken")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class BrokenPageController {

        private final PageRenderer pages;

        BrokenPageController(PageRenderer pages) {
            this.pages = pages;
        }

        @Get
        @Produces(MediaType.TEXT_HTML)
        HttpResponse<String> broken(HttpRequest<?> request) {
            return pages.page("broken", Map.of("title", "Broken"), request);
        }
    }
}
