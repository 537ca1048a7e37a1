package org.partnersplatform.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A recorded response the {@link ReplayServer} replays: a status, headers and a body. Immutable; each method returns
 * a new response. The body and header values may contain {@code {baseUrl}}, replaced when served by the server's
 * {@link ReplayServer#baseUrl()} (for {@code Link} headers and bodies that point at the next page).
 *
 * @param status the HTTP status
 * @param headers header names and values, in order
 * @param body the body, possibly with {@code {baseUrl}} placeholders
 */
public record ReplayResponse(int status, Map<String, String> headers, String body) {

    /** The content type of a response that does not set one: recorded API responses are mostly JSON. */
    public static final String DEFAULT_CONTENT_TYPE = "application/json; charset=utf-8";

    public ReplayResponse {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599: " + status);
        }
        headers = Map.copyOf(headers);
        Objects.requireNonNull(body, "body");
    }

    /** A response with that status, no headers and an empty body. */
    public static ReplayResponse status(int status) {
        return new ReplayResponse(status, Map.of(), "");
    }

    /** A 200 response with that body. */
    public static ReplayResponse ok(String body) {
        return status(200).body(body);
    }

    /** A 200 response whose body is the classpath resource {@code resource}. */
    public static ReplayResponse okFromResource(String resource) {
        return status(200).bodyFromResource(resource);
    }

    /** This response with the header added (or replaced). */
    public ReplayResponse header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new ReplayResponse(status, copy, body);
    }

    /** This response with that body. */
    public ReplayResponse body(String body) {
        return new ReplayResponse(status, headers, body);
    }

    /**
     * This response with the body read, as UTF-8, from a classpath resource such as {@code
     * fixtures/github/pulls_page1.json} (looked up by the thread's context class loader, then the test kit's).
     *
     * @throws IllegalArgumentException when there is no such resource, so that a misnamed fixture fails at once
     */
    public ReplayResponse bodyFromResource(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(name);
        if (in == null) {
            in = ReplayResponse.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalArgumentException("no classpath resource " + name + " (fixtures go in src/test/resources)");
        }
        try (InputStream body = in) {
            return body(new String(body.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** This response with {@code Content-Type} set. */
    public ReplayResponse contentType(String contentType) {
        return header("Content-Type", contentType);
    }
}
