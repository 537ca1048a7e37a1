package org.partnersplatform.web.support;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

/** Small helpers over the blocking HTTP client: authenticated calls that return the response even for a 4xx. */
public final class Api {

    private final BlockingHttpClient client;

    public Api(BlockingHttpClient client) {
        this.client = client;
    }

    /** The underlying client, for typed answers. */
    public BlockingHttpClient client() {
        return client;
    }

    public <B> MutableHttpRequest<B> asAdmin(MutableHttpRequest<B> request) {
        return request.bearerAuth(WebTestContext.ADMIN_TOKEN);
    }

    /** Sends and returns the status, body and response, whatever the status. */
    public Answer send(HttpRequest<?> request) {
        try {
            HttpResponse<String> response = client.exchange(request, String.class);
            return new Answer(response.code(), response.getBody().orElse(""), response);
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""),
                    e.getResponse());
        }
    }

    /** Sends and reads the JSON body as a map, whatever the status. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> json(HttpRequest<?> request) {
        try {
            return client.retrieve(request, Argument.of(Map.class));
        } catch (HttpClientResponseException e) {
            return e.getResponse().getBody(Map.class).orElseThrow();
        }
    }

    /** Polls a GET until the JSON satisfies the condition, for at most 30 seconds. */
    public Map<String, Object> await(String uri, Predicate<Map<String, Object>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        Map<String, Object> last = null;
        while (Instant.now().isBefore(deadline)) {
            last = json(asAdmin(HttpRequest.GET(uri)));
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("gave up waiting on " + uri + "; last answer " + last);
    }

    /** A response: its status, its body as text, and the response for headers. */
    public record Answer(int status, String body, HttpResponse<?> response) {

        public String header(String name) {
            return response.getHeaders().get(name);
        }
    }
}
