package org.partnersplatform.plugins.githubsponsors;

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
 * GitHub's GraphQL API ({@code POST {baseUrl}/graphql}) over the core's HTTP client: the bearer token, and the
 * meaning of HTTP statuses and GraphQL errors. GitHub answers a spent GraphQL rate limit with HTTP 200 and an error
 * of type {@code RATE_LIMITED} (or {@code RATE_LIMIT}), which the core's client cannot see, so this class reads
 * {@code x-ratelimit-reset} itself; a 403 or 429 rate limit is the core client's. An error on a single node (a
 * sponsor GitHub hides from the token) leaves the rest of the answer usable; one on the sponsored account itself
 * fails the request.
 */
final class GitHubSponsorsClient {

    /** How long to wait after a rate limit the answer does not date: GitHub's limits reset every hour. */
    static final Duration DEFAULT_RATE_LIMIT_WAIT = Duration.ofHours(1);

    private final SourceHttpClient http;
    private final URI endpoint;
    private final String token;
    private final Clock clock;

    GitHubSponsorsClient(SourceHttpClient http, URI baseUrl, String token, Clock clock) {
        this.http = http;
        this.endpoint = URI.create(baseUrl.toString().replaceAll("/+$", "") + "/graphql");
        this.token = token;
        this.clock = clock;
    }

    /**
     * Sends one query about the sponsored account and returns the account ({@code data.<root>}).
     *
     * @param root the field of {@code data} that holds the account, as the query names it
     * @throws InvalidConfigurationException when the token is refused or the account does not exist
     * @throws RateLimitedException when GitHub says the rate limit is spent
     * @throws MalformedDataException when the answer cannot be read or GitHub refuses the query for another reason
     */
    Map<String, Object> query(String query, Map<String, Object> variables, String root) {
        HttpRequestSpec request = HttpRequestSpec.post(endpoint)
                .header("Accept", "application/json")
                .bearer(token)
                .jsonBody(Json.write(Map.of("query", query, "variables", variables)))
                .build();
        HttpResult result = http.send(request);
        if (!result.isSuccess()) {
            throw statusError(result);
        }
        Map<String, Object> answer = Json.object(result.body(), "the answer of GitHub");
        List<Map<String, Object>> errors = Json.objects(answer, "errors");
        List<String> types = errors.stream().map(e -> Json.text(e, "type").orElse("")).toList();
        if (types.contains("RATE_LIMITED") || types.contains("RATE_LIMIT")) {
            throw new RateLimitedException("GitHub's GraphQL rate limit is spent (" + messages(errors) + ")",
                    retryAt(result));
        }
        Optional<Map<String, Object>> account = Json.object(answer, "data").flatMap(data -> Json.object(data, root));
        if (account.isPresent()) {
            return account.get();
        }
        if (types.contains("NOT_FOUND")) {
            throw new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.LOGIN,
                    "GitHub has no user or organization with this login (" + messages(errors) + ")"));
        }
        if (types.contains("FORBIDDEN") || types.contains("INSUFFICIENT_SCOPES")) {
            throw new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.TOKEN,
                    "the token may not read the account's sponsorships (" + messages(errors) + "): use a token of "
                            + "an owner of the account with read:user, and read:org for an organization"));
        }
        if (!errors.isEmpty()) {
            throw new MalformedDataException("GitHub refused the query: " + messages(errors));
        }
        throw new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.LOGIN,
                "GitHub has no user or organization with this login"));
    }

    private RuntimeException statusError(HttpResult result) {
        String said = errorMessage(result);
        return switch (result.status()) {
            case 401 -> new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.TOKEN,
                    "GitHub refused the token (401" + said + "): create a new one with read:user, and read:org for "
                            + "an organization"));
            case 403 -> new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.TOKEN,
                    "GitHub refused the request (403" + said + "): the token may not use the GraphQL API"));
            case 404 -> new InvalidConfigurationException(new ConfigProblem(GitHubSponsorsSourceConfig.BASE_URL,
                    "there is no GraphQL API at " + endpoint + " (404): the API URL is https://api.github.com"));
            default -> new TemporarilyUnavailableException("GitHub answered " + result.status() + " to POST "
                    + endpoint + said);
        };
    }

    private Instant retryAt(HttpResult result) {
        Optional<Instant> reset = result.header("x-ratelimit-reset").flatMap(GitHubSponsorsClient::seconds)
                .map(Instant::ofEpochSecond);
        Optional<Instant> after = result.header("Retry-After").flatMap(GitHubSponsorsClient::seconds)
                .map(wait -> clock.instant().plusSeconds(wait));
        return after.or(() -> reset).orElse(clock.instant().plus(DEFAULT_RATE_LIMIT_WAIT));
    }

    private static Optional<Long> seconds(String value) {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static String messages(List<Map<String, Object>> errors) {
        return errors.stream().map(e -> Json.text(e, "message").orElse("(no message)"))
                .collect(Collectors.joining("; "));
    }

    private static String errorMessage(HttpResult result) {
        try {
            return Json.text(Json.object(result.body(), "the error"), "message").map(m -> ": " + m).orElse("");
        } catch (MalformedDataException notJson) {
            return "";
        }
    }
}
