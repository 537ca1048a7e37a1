package org.partnersplatform.api.source;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the core received for a push source: a webhook delivery, a manual credit. The body is exactly the bytes
 * received, so that a signature over them can be checked.
 *
 * @param headers the request headers; {@link #header} looks them up ignoring case
 * @param body the raw body
 * @param principal the platform user the core authenticated for this request (a team lead crediting someone), or
 *     empty for an anonymous delivery such as a webhook, which the source must verify itself
 */
public record InboundRequest(Map<String, List<String>> headers, byte[] body, Optional<String> principal) {

    public InboundRequest {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = copy;
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(principal, "principal");
    }

    /** The first value of a header, ignoring the name's case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
