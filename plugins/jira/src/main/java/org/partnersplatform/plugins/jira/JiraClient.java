package org.partnersplatform.plugins.jira;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;

/**
 * Jira's search resource over HTTP and nothing else: the deployment's path and authentication, {@code startAt} and
 * {@code maxResults} paging, and what each status means. Retries and rate limits are the core client's; its {@link
 * org.partnersplatform.api.RateLimitedException} passes through untouched.
 */
final class JiraClient {

    /** The fields every search asks for; nothing else of an issue is read. */
    static final String FIELDS = "summary,assignee,resolutiondate,updated,status,issuetype,project";

    private final JiraSourceConfig config;
    private final SourceHttpClient http;

    JiraClient(JiraSourceConfig config, SourceHttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** One page of a search: the issues as Jira sent them and how many match in all. */
    record SearchPage(List<Map<String, Object>> issues, long total) {
    }

    /**
     * Reads the issues {@code startAt} to {@code startAt + pageSize - 1} of the search {@code jql}.
     *
     * @param withChangelog whether to ask for each issue's history ({@code expand=changelog})
     */
    SearchPage search(String jql, long startAt, boolean withChangelog) {
        String query = "jql=" + encode(jql) + "&startAt=" + startAt + "&maxResults=" + config.pageSize()
                + "&fields=" + encode(FIELDS) + (withChangelog ? "&expand=changelog" : "");
        URI uri = URI.create(config.baseUrl() + config.deployment().searchPath() + "?" + query);
        HttpResult result = http.send(authenticated(HttpRequestSpec.get(uri)).header("Accept", "application/json")
                .build());
        if (!result.isSuccess()) {
            throw failure(result);
        }
        return parse(result);
    }

    private HttpRequestSpec.Builder authenticated(HttpRequestSpec.Builder request) {
        if (config.deployment() == Deployment.CLOUD) {
            String pair = config.email() + ":" + config.apiToken();
            return request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return request.bearer(config.personalAccessToken());
    }

    @SuppressWarnings("unchecked")
    private static SearchPage parse(HttpResult result) {
        Object body;
        try {
            body = JSON.std.anyFrom(result.bodyAsString());
        } catch (IOException e) {
            throw new MalformedDataException("Jira's search answer from " + result.uri().getPath()
                    + " is not JSON: " + e.getMessage(), e);
        }
        if (!(body instanceof Map<?, ?> map) || !(map.get("issues") instanceof List<?> issues)
                || !(map.get("total") instanceof Number total)) {
            throw new MalformedDataException("Jira's search answer from " + result.uri().getPath()
                    + " has no issues list or total; is the Jira URL that of a Jira site?");
        }
        List<Map<String, Object>> typed = new ArrayList<>();
        for (Object issue : issues) {
            if (!(issue instanceof Map<?, ?>)) {
                throw new MalformedDataException("Jira's search answer holds an issue that is not an object");
            }
            typed.add((Map<String, Object>) issue);
        }
        return new SearchPage(typed, total.longValue());
    }

    private RuntimeException failure(HttpResult result) {
        int status = result.status();
        String credential = config.credentialKey();
        String account = config.deployment() == Deployment.CLOUD
                ? "check the email and create a new API token at id.atlassian.com, Security, API tokens"
                : "create a new personal access token in your Jira profile, Personal Access Tokens";
        return switch (status) {
            case 401 -> new InvalidConfigurationException(new ConfigProblem(credential,
                    "Jira refused the credentials (401): " + account));
            case 403 -> new InvalidConfigurationException(new ConfigProblem(credential,
                    "Jira refused access (403): the account needs the Browse projects permission on the projects "
                            + "read (or, on Cloud, CAPTCHA may be required after failed logins: sign in once in a "
                            + "browser)"));
            case 404 -> new InvalidConfigurationException(new ConfigProblem(JiraSourceConfig.BASE_URL,
                    "Jira has no search resource at " + config.deployment().searchPath() + " (404): check the "
                            + "Jira URL (with its context path) and the deployment kind"));
            case 410 -> new InvalidConfigurationException(new ConfigProblem(JiraSourceConfig.DEPLOYMENT,
                    "Jira says the search resource " + config.deployment().searchPath() + " is gone (410): this "
                            + "site no longer serves it"));
            case 400 -> jqlProblem(result);
            default -> status >= 500
                    ? new TemporarilyUnavailableException("Jira answered " + status + " to a search")
                    : new TemporarilyUnavailableException("Jira answered an unexpected " + status
                            + " to a search; if it persists, check the Jira URL");
        };
    }

    /** A 400 is Jira refusing the query: its {@code errorMessages} say why, usually a project or type it lacks. */
    private InvalidConfigurationException jqlProblem(HttpResult result) {
        List<String> messages = errorMessages(result);
        String said = messages.isEmpty() ? "no reason given" : String.join(" ", messages);
        String lower = said.toLowerCase(Locale.ROOT);
        String key = JiraSourceConfig.JQL;
        if (!config.projects().isEmpty() && lower.contains("'project'")) {
            key = JiraSourceConfig.PROJECTS;
        } else if (!config.issueTypes().isEmpty() && lower.contains("'issuetype'")) {
            key = JiraSourceConfig.ISSUE_TYPES;
        } else if (config.countsDoneStatuses() && lower.contains("'status'")) {
            key = JiraSourceConfig.DONE_STATUSES;
        }
        return new InvalidConfigurationException(new ConfigProblem(key, "Jira refused the search (400): " + said));
    }

    private static List<String> errorMessages(HttpResult result) {
        try {
            Object body = JSON.std.anyFrom(result.bodyAsString());
            if (body instanceof Map<?, ?> map && map.get("errorMessages") instanceof List<?> list) {
                return list.stream().map(String::valueOf).toList();
            }
            return List.of();
        } catch (IOException e) {
            // The status alone already says the query was refused; an unreadable body only loses Jira's reason.
            return List.of();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
