package org.partnersplatform.plugins.opencollective;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;
import org.partnersplatform.plugins.json.Json;

/**
 * Open Collective's GraphQL API v2 ({@code POST {baseUrl}/graphql/v2}) over the core's HTTP client: the optional
 * personal token, and the meaning of HTTP statuses and GraphQL errors (whose {@code extensions.code} are the names
 * of the API's error classes: {@code NotFound}, {@code Unauthorized}, {@code Forbidden}, {@code InvalidToken}, {@code
 * RateLimitExceeded}). Retries, 5xx and HTTP 429 are the core client's.
 */
final class OpenCollectiveClient {

    private final SourceHttpClient http;
    private final URI endpoint;
    private final Optional<String> token;
    private final Clock clock;

    /** How long to wait after a rate limit the answer does not date: the API counts requests per minute. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofMinutes(1);

    OpenCollectiveClient(SourceHttpClient http, URI baseUrl, Optional<String> token, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.endpoint = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/graphql/v2");
        this.token = token;
    }

    /**
     * Sends one query and returns its {@code data}.
     *
     * @throws InvalidConfigurationException when the token is refused or the collective does not exist
     * @throws RateLimitedException when the answer says the rate limit is exceeded
     * @throws MalformedDataException when the answer cannot be read or the query is refused for another reason
     */
    Map<String, Object> query(String query, Map<String, Object> variables) {
        HttpRequestSpec.Builder request = HttpRequestSpec.post(endpoint)
                .header("Accept", "application/json")
                .jsonBody(Json.write(Map.of("query", query, "variables", variables)));
        token.ifPresent(value -> request.secretHeader("Personal-Token", value));
        HttpResult result = http.send(request.build());
        if (!result.isSuccess()) {
            throw statusError(result);
        }
        Map<String, Object> answer = Json.object(result.body(), "the answer of Open Collective");
        List<Map<String, Object>> errors = Json.objects(answer, "errors");
        if (!errors.isEmpty()) {
            throw graphQlError(errors, result);
        }
        return Json.object(answer, "data")
                .orElseThrow(() -> new MalformedDataException("the answer of Open Collective has no data"));
    }

    private RuntimeException statusError(HttpResult result) {
        String said = messages(result);
        return switch (result.status()) {
            case 401, 403 -> new InvalidConfigurationException(new ConfigProblem(OpenCollectiveSourceConfig.TOKEN,
                    "Open Collective refused the personal token (" + result.status() + said + "): create a new one "
                            + "in the account's settings, or leave the setting empty to read public data"));
            case 404 -> new InvalidConfigurationException(new ConfigProblem(OpenCollectiveSourceConfig.BASE_URL,
                    "there is no GraphQL API at " + endpoint
                            + " (404): the API URL is https://api.opencollective.com"));
            default -> new TemporarilyUnavailableException("Open Collective answered " + result.status()
                    + " to POST " + endpoint + said);
        };
    }

    private RuntimeException graphQlError(List<Map<String, Object>> errors, HttpResult result) {
        String said = errors.stream().map(e -> Json.text(e, "message").orElse("(no message)"))
                .collect(Collectors.joining("; "));
        List<String> codes = errors.stream()
                .map(e -> Json.object(e, "extensions").flatMap(x -> Json.text(x, "code")).orElse(""))
                .toList();
        if (codes.contains("RateLimitExceeded")) {
            Instant retryAt = result.header("Retry-After").flatMap(OpenCollectiveClient::seconds)
                    .map(wait -> clock.instant().plusSeconds(wait))
                    .orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
            return new RateLimitedException("Open Collective's rate limit is exceeded (" + said + ")", retryAt);
        }
        if (codes.contains("NotFound")) {
            return new InvalidConfigurationException(new ConfigProblem(OpenCollectiveSourceConfig.COLLECTIVE,
                    "Open Collective has no collective with this slug (" + said + "): copy it from the collective's "
                            + "address, opencollective.com/SLUG"));
        }
        if (codes.contains("Unauthorized") || codes.contains("Forbidden") || codes.contains("InvalidToken")) {
            return new InvalidConfigurationException(new ConfigProblem(OpenCollectiveSourceConfig.TOKEN,
                    "Open Collective refused the request (" + said + "): check the personal token and its scopes"));
        }
        return new MalformedDataException("Open Collective refused the query: " + said);
    }

    private static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static String messages(HttpResult result) {
        try {
            String said = Json.objects(Json.object(result.body(), "the error"), "errors").stream()
                    .map(e -> Json.text(e, "message").orElse(""))
                    .filter(m -> !m.isEmpty())
                    .collect(Collectors.joining("; "));
            return said.isEmpty() ? "" : ": " + said;
        } catch (MalformedDataException notJson) {
            return "";
        }
    }
}
