package org.partnersplatform.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpRequestSpecTest {

    @Test
    void toStringShowsMethodAndRedactedUriButNoHeaderValue() {
        HttpRequestSpec spec = HttpRequestSpec.get(URI.create("https://api.example.org/items?token=t0k&page=2"))
                .bearer("bearer-secret")
                .secretHeader("X-Api-Key", "key-secret")
                .header("Accept", "application/vnd.example+json")
                .build();

        assertEquals("GET https://api.example.org/items?token=***&page=2", spec.toString());
    }

    @Test
    void aSecretUriShowsOnlyItsOrigin() {
        HttpRequestSpec spec = HttpRequestSpec.post(URI.create("https://hooks.example.org:8443/services/T0/B0/s3cret"))
                .secretUri()
                .build();

        assertTrue(spec.secretUri());
        assertEquals("POST https://hooks.example.org:8443/***", spec.toString());
        assertFalse(HttpRequestSpec.post(spec.uri()).build().secretUri());
    }

    @Test
    void authorizationCookieAndDeclaredHeadersAreSecret() {
        HttpRequestSpec spec = HttpRequestSpec.get(URI.create("https://api.example.org/"))
                .secretHeader("X-Api-Key", "k")
                .header("Accept", "application/json")
                .build();

        assertTrue(spec.isSecretHeader("authorization"));
        assertTrue(spec.isSecretHeader("Cookie"));
        assertTrue(spec.isSecretHeader("x-api-key"));
        assertFalse(spec.isSecretHeader("Accept"));
    }

    @Test
    void relativeUriIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HttpRequestSpec.get(URI.create("/items")).build());
    }

    @Test
    void jsonBodySetsTheContentTypeAndIsCopied() {
        byte[] body = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequestSpec spec = HttpRequestSpec.post(URI.create("https://x.org/")).body(body, "application/json").build();

        body[0] = 'X';

        assertEquals("application/json", spec.headers().get("Content-Type"));
        assertEquals("{}", new String(spec.body(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void callerHandledStatusesAddUpAndAreEmptyByDefault() {
        URI uri = URI.create("https://x.org/");

        HttpRequestSpec spec = HttpRequestSpec.get(uri).callerHandles(502).callerHandles(429, 502).build();

        assertEquals(java.util.Set.of(429, 502), spec.callerHandledStatuses());
        assertTrue(spec.isCallerHandled(429));
        assertFalse(spec.isCallerHandled(503));
        assertEquals(java.util.Set.of(), HttpRequestSpec.get(uri).build().callerHandledStatuses());
    }

    @Test
    void aCallerHandledStatusOutsideTheHttpRangeIsRefused() {
        HttpRequestSpec.Builder builder = HttpRequestSpec.get(URI.create("https://x.org/"));

        assertThrows(IllegalArgumentException.class, () -> builder.callerHandles(99));
        assertThrows(IllegalArgumentException.class, () -> builder.callerHandles(600));
    }
}
