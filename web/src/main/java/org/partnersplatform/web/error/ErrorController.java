package org.partnersplatform.web.error;

import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.time.Duration;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.plugin.PluginCalls;
import org.partnersplatform.web.view.PageRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the core's and the plugins' typed failures into answers: JSON ({@link ApiError}) under {@code /api}, an error
 * page elsewhere. Never a stack trace.
 */
@Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ErrorController {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

    private final PageRenderer pages;
    private final Clock clock;

    ErrorController(PageRenderer pages, Clock clock) {
        this.pages = pages;
        this.clock = clock;
    }

    @Error(global = true, exception = NotFoundException.class)
    HttpResponse<?> notFound(HttpRequest<?> request, NotFoundException e) {
        return respond(request, HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
    }

    @Error(global = true, status = HttpStatus.NOT_FOUND)
    HttpResponse<?> noRoute(HttpRequest<?> request) {
        return respond(request, HttpStatus.NOT_FOUND,
                "nothing at " + request.getMethodName() + " " + request.getPath(), Map.of());
    }

    @Error(global = true, exception = ConflictException.class)
    HttpResponse<?> conflict(HttpRequest<?> request, ConflictException e) {
        return respond(request, HttpStatus.CONFLICT, e.getMessage(), Map.of());
    }

    @Error(global = true, exception = InvalidRequestException.class)
    HttpResponse<?> invalid(HttpRequest<?> request, InvalidRequestException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), e.problems());
    }

    @Error(global = true, exception = ConversionErrorException.class)
    HttpResponse<?> unconvertible(HttpRequest<?> request, ConversionErrorException e) {
        String name = e.getArgument().getName();
        String expected = e.getArgument().getType().getSimpleName().toLowerCase(Locale.ROOT);
        return respond(request, HttpStatus.BAD_REQUEST, "the value of " + name + " is not valid",
                Map.of(name, "must be a " + expected));
    }

    @Error(global = true, exception = UnsatisfiedRouteException.class)
    HttpResponse<?> unsatisfied(HttpRequest<?> request, UnsatisfiedRouteException e) {
        String name = e.getArgument().getName();
        return respond(request, HttpStatus.BAD_REQUEST, "the request is missing " + name,
                Map.of(name, "is required"));
    }

    @Error(global = true, exception = MalformedDataException.class)
    HttpResponse<?> malformed(HttpRequest<?> request, MalformedDataException e) {
        return respond(request, HttpStatus.BAD_REQUEST, e.getMessage(), Map.of());
    }

    @Error(global = true, exception = InvalidConfigurationException.class)
    HttpResponse<?> misconfigured(HttpRequest<?> request, InvalidConfigurationException e) {
        return respond(request, HttpStatus.CONFLICT, "the installation's configuration needs fixing: "
                + e.getMessage(), Map.of());
    }

    @Error(global = true, exception = RequestRejectedException.class)
    HttpResponse<?> rejected(HttpRequest<?> request, RequestRejectedException e) {
        return respond(request, HttpStatus.UNAUTHORIZED, e.getMessage(), Map.of());
    }

    @Error(global = true, exception = TemporarilyUnavailableException.class)
    HttpResponse<?> unavailable(HttpRequest<?> request, TemporarilyUnavailableException e) {
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), Map.of());
    }

    @Error(global = true, exception = RateLimitedException.class)
    HttpResponse<?> rateLimited(HttpRequest<?> request, RateLimitedException e) {
        long seconds = Math.max(1, Duration.between(clock.instant(), e.retryAt()).toSeconds());
        return respond(request, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), Map.of())
                .header("Retry-After", Long.toString(seconds));
    }

    @Error(global = true, exception = PluginCalls.PluginCallException.class)
    HttpResponse<?> pluginFailed(HttpRequest<?> request, PluginCalls.PluginCallException e) {
        LOG.warn("A plugin call failed while answering {} {}", request.getMethodName(), request.getPath(), e);
        return respond(request, HttpStatus.BAD_GATEWAY, "the plugin failed: " + e.getMessage(), Map.of());
    }

    private MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String message,
                                    Map<String, String> problems) {
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.status(status).body(new ApiError(message, problems));
        }
        String html = pages.render("error", Map.of("status", status.getCode(), "reason", status.getReason(),
                "message", message, "problems", problems.entrySet()), request);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html);
    }
}
