package org.partnersplatform.plugins.manual;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.http.SourceHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A context whose clock is fixed; the manual source never calls out, so its HTTP client fails the test. */
record FixedContext(Clock clock) implements SourceContext {

    static FixedContext at(String instant) {
        return new FixedContext(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    @Override
    public SourceHttpClient http() {
        throw new AssertionError("the manual source must not make HTTP requests");
    }

    @Override
    public Logger logger() {
        return LoggerFactory.getLogger("org.partnersplatform.manual.test");
    }
}
