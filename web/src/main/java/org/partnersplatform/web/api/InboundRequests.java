package org.partnersplatform.web.api;

import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnersplatform.api.source.InboundRequest;

/** Turns an HTTP request into the SPI's {@link InboundRequest}, exactly as received. */
final class InboundRequests {

    private InboundRequests() {
    }

    static InboundRequest of(HttpRequest<?> request, byte[] body, Optional<String> principal) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        request.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization") && !name.equalsIgnoreCase("Cookie")) {
                headers.put(name, values);
            }
        });
        return new InboundRequest(headers, body == null ? new byte[0] : body, principal);
    }
}
