package org.partnersplatform.plugins.github;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;

/**
 * GitHub's REST API v3 over the core's HTTP client: authentication, Link-header paging and the meaning of error
 * statuses. Rate limits (primary and secondary) are the core client's; a 403 that reaches this class is therefore a
 * refusal. The token is only ever sent to the configured host: a {@code next} link is followed by its path and query
 * on {@code baseUrl}'s origin, whatever host it names.
 */
final class GitHubClient {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]*)\"");

    private final SourceHttpClient http;
    private final String origin;
    private final String apiRoot;
    private final String token;

    /**
     * One page of a list endpoint.
     *
     * @param path the path and query that answered (after redirects), to resume from
     * @param items the page's objects
     * @param next the path and query of the next page, empty on the last page
     */
    record ListPage(String path, List<Map<String, Object>> items, Optional<String> next) {
    }

    /**
     * What a request reads, for error messages: the setting a 404 points at and how to name the resource.
     *
     * @param settingKey the setting that names the missing resource
     * @param description what was read, like "the repository octokit/octokit.rb"
     */
    record Target(String settingKey, String description) {
    }

    GitHubClient(SourceHttpClient http, URI baseUrl, String token) {
        this.http = http;
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.origin = baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
        this.apiRoot = base.substring(origin.length());
        this.token = token;
    }

    /** The path and query of an API endpoint under {@code baseUrl}, e.g. {@code /repos/o/r/pulls?state=closed}. */
    String endpoint(String pathAndQuery) {
        return apiRoot + pathAndQuery;
    }

    /** Reads one page of a list endpoint at {@code path} (from {@link #endpoint} or a previous page's next). */
    ListPage list(String path, Target target) {
        HttpResult result = get(path, target);
        List<Map<String, Object>> items = Json.array(result.body(), "the answer of GitHub to " + path);
        URI answered = result.uri();
        return new ListPage(pathAndQuery(answered), items, nextLink(result));
    }

    private HttpResult get(String path, Target target) {
        HttpRequestSpec request = HttpRequestSpec.get(URI.create(origin + path))
                .header("Accept", "application/vnd.github+json")
                .header("X-GitHub-Api-Version", "2022-11-28")
                .bearer(token)
                .build();
        HttpResult result = http.send(request);
        if (result.isSuccess()) {
            return result;
        }
        String said = githubMessage(result);
        switch (result.status()) {
            case 401 -> throw new InvalidConfigurationException(new ConfigProblem(GitHubSourceConfig.TOKEN,
                    "GitHub refused the token (401" + said + "): create a new personal access token or GitHub App "
                            + "installation token with read access to the repositories' contents, pull requests "
                            + "and issues"));
            case 403 -> throw new InvalidConfigurationException(new ConfigProblem(GitHubSourceConfig.TOKEN,
                    "the token lacks access to " + target.description() + " (403" + said + "): grant it read "
                            + "access there, or ask the organization to approve it"));
            case 404 -> throw new InvalidConfigurationException(new ConfigProblem(target.settingKey(),
                    target.description() + " was not found (404): check the name, and that the token can see it "
                            + "(GitHub answers 404 for a private repository the token cannot read)"));
            case 410 -> throw new InvalidConfigurationException(new ConfigProblem(target.settingKey(),
                    "GitHub no longer serves " + target.description() + " (410" + said + "): turn the setting "
                            + "off or the feature back on in the repository"));
            default -> throw new TemporarilyUnavailableException("GitHub answered " + result.status() + " to GET "
                    + path + said);
        }
    }

    private static String githubMessage(HttpResult result) {
        try {
            return Json.text(Json.object(result.body(), "the error"), "message").map(m -> ": " + m).orElse("");
        } catch (MalformedDataException notJson) {
            return "";
        }
    }

    private static Optional<String> nextLink(HttpResult result) {
        Optional<String> header = result.header("Link");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = LINK.matcher(header.get());
        while (matcher.find()) {
            if (matcher.group(2).equals("next")) {
                try {
                    return Optional.of(pathAndQuery(new URI(matcher.group(1))));
                } catch (URISyntaxException e) {
                    throw new MalformedDataException("GitHub's Link header has an unreadable next page: "
                            + matcher.group(1), e);
                }
            }
        }
        return Optional.empty();
    }

    private static String pathAndQuery(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
