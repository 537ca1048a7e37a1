package org.partnersplatform.web.view;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.views.handlebars.HandlebarsViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a Handlebars page to a string before answering. Micronaut Views 5.6 leaves a request hanging when a template
 * fails while streaming; rendering eagerly turns such a failure into an immediate error page.
 */
@Singleton
public class PageRenderer {

    private final HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final SecurityService security;

    PageRenderer(HandlebarsViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer, SecurityService security) {
        this.renderer = renderer;
        this.security = security;
    }

    /** A 200 page. */
    public MutableHttpResponse<String> page(String view, Map<String, Object> model, HttpRequest<?> request) {
        return HttpResponse.ok(render(view, model, request)).contentType(MediaType.TEXT_HTML_TYPE);
    }

    /** The page as HTML. */
    public String render(String view, Map<String, Object> model, HttpRequest<?> request) {
        Map<String, Object> all = new HashMap<>();
        model.forEach((key, value) -> all.put(key, ViewModel.convert(value)));
        security.username().ifPresent(name -> all.put("signedInAs", name));
        security.getAuthentication().ifPresent(authentication -> {
            all.put("isAdmin", authentication.getRoles().contains("ADMIN"));
            all.put("isReviewer", authentication.getRoles().contains("REVIEWER"));
        });
        StringWriter out = new StringWriter();
        try {
            renderer.render(view, all, request).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the page " + view, e);
        }
        return out.toString();
    }
}
