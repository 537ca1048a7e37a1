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
import java.util.Optional;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;

/**
 * Jira's search resource (and, for an issue whose history the search truncated, its changelog) over HTTP and nothing
 * else: the deployment's path and authentication, {@code startAt} and {@code maxResults} paging, and what each status
 * means. Retries and rate limits are the core client's; its {@link
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

    /** How many changelog histories one request to Cloud's changelog resource asks for (its maximum). */
    static final int CHANGELOG_PAGE_SIZE = 100;

    /**
     * Reads the issues {@code startAt} to {@code startAt + pageSize - 1} of the search {@code jql}, each with its
     * history ({@code expand=changelog}): the assignee at resolution is replayed from it, and with done statuses the
     * time of the last move into one.
     */
    SearchPage search(String jql, long startAt) {
        String query = "jql=" + encode(jql) + "&startAt=" + startAt + "&maxResults=" + config.pageSize()
                + "&fields=" + encode(FIELDS) + "&expand=changelog";
        URI uri = URI.create(config.baseUrl() + config.deployment().searchPath() + "?" + query);
        HttpResult result = get(uri);
        if (!result.isSuccess()) {
            throw failure(result);
        }
        return parse(result);
    }

    /**
     * The whole history of issue {@code key}, oldest first, for an issue whose history the search truncated. Cloud:
     * {@code GET /rest/api/3/issue/<key>/changelog} page by page ({@code startAt}, {@code maxResults=100}, {@code
     * values}, {@code isLast}). Server/DC, which has no such resource: {@code GET
     * /rest/api/2/issue/<key>?fields=assignee&expand=changelog}, which there returns the whole history.
     *
     * @return the histories, or empty when Jira does not serve them (400 or 404: the issue was deleted or moved since
     *         the search, or the resource does not exist on this version) or serves fewer than it counts
     */
    Optional<List<Object>> changelog(String key) {
        String issuePath = config.baseUrl() + config.deployment().searchPath().replace("/search", "/issue/")
                + encode(key);
        if (config.deployment() == Deployment.SERVER) {
            Optional<Map<?, ?>> issue = readObject(URI.create(issuePath + "?fields=assignee&expand=changelog"));
            if (issue.isEmpty() || !(issue.get().get("changelog") instanceof Map<?, ?> changelog)
                    || !(changelog.get("histories") instanceof List<?> histories)) {
                return Optional.empty();
            }
            long total = changelog.get("total") instanceof Number number ? number.longValue() : histories.size();
            return histories.size() < total ? Optional.empty() : Optional.of(List.copyOf(histories));
        }
        List<Object> histories = new ArrayList<>();
        while (true) {
            Optional<Map<?, ?>> page = readObject(URI.create(issuePath + "/changelog?startAt=" + histories.size()
                    + "&maxResults=" + CHANGELOG_PAGE_SIZE));
            if (page.isEmpty() || !(page.get().get("values") instanceof List<?> values)) {
                return Optional.empty();
            }
            histories.addAll(values);
            long total = page.get().get("total") instanceof Number number ? number.longValue() : -1;
            boolean last = Boolean.TRUE.equals(page.get().get("isLast")) || values.isEmpty()
                    || (total >= 0 && histories.size() >= total);
            if (last) {
                return total >= 0 && histories.size() < total ? Optional.empty() : Optional.of(histories);
            }
        }
    }

    /** A JSON object Jira answers to a GET; empty on 400 or 404; other refusals as for the search. */
    private Optional<Map<?, ?>> readObject(URI uri) {
        HttpResult result = get(uri);
        if (result.status() == 400 || result.status() == 404) {
            return Optional.empty();
        }
        if (!result.isSuccess()) {
            throw failure(result);
        }
        try {
            return JSON.std.anyFrom(result.bodyAsString()) instanceof Map<?, ?> map ? Optional.of(map)
                    : Optional.empty();
        } catch (IOException e) {
            throw new MalformedDataException("Jira's answer from " + result.uri().getPath() + " is not JSON: "
                    + e.getMessage(), e);
        }
    }

    private HttpResult get(URI uri) {
        return http.send(authenticated(HttpRequestSpec.get(uri)).header("Accept", "application/json").build());
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
