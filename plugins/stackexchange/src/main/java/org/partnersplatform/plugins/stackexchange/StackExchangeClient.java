package org.partnersplatform.plugins.stackexchange;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.http.HttpRequestSpec;
import org.partnersplatform.api.http.HttpResult;
import org.partnersplatform.api.http.SourceHttpClient;
import org.slf4j.Logger;

/**
 * Knows only the Stack Exchange API 2.3 over HTTP: builds the requests (site, key, {@code default} filter, paging),
 * decompresses the gzip bodies the API always sends, reads the response wrapper and turns error wrappers into typed
 * exceptions ({@link StackExchangeErrors}), those of HTTP status 502 included: the API may send a throttle violation
 * with it, so the client asks the core's client to return a 502 rather than retry it. It also keeps the two limits the
 * API states in its bodies rather than in headers, which the core's client therefore cannot see: a spent daily quota
 * and a per-method {@code backoff}. Both are honoured by refusing the next request with a {@link
 * RateLimitedException}, since a plugin has no way to wait. One instance per session; not thread-safe.
 */
final class StackExchangeClient {

    /** The API method names that {@code backoff} applies to. */
    static final String QUESTIONS = "questions";
    static final String ANSWERS = "answers";

    private final StackExchangeSourceConfig config;
    private final SourceHttpClient http;
    private final Clock clock;
    private final Logger log;
    private final Map<String, Instant> backoffUntil = new HashMap<>();
    private Instant quotaResetsAt;

    StackExchangeClient(StackExchangeSourceConfig config, SourceContext context) {
        this.config = config;
        this.http = context.http();
        this.clock = context.clock();
        this.log = context.logger();
    }

    /**
     * One page of the questions carrying {@code tag}, oldest activity first, whose last activity is at or after
     * {@code minActivity} (epoch seconds; {@code min} is inclusive for the sort field), or all of them when it is
     * negative.
     */
    ApiResponse questions(String tag, long minActivity, int page) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("tagged", tag);
        query.put("sort", "activity");
        query.put("order", "asc");
        if (minActivity >= 0) {
            query.put("min", Long.toString(minActivity));
        }
        query.put("page", Integer.toString(page));
        query.put("pagesize", Integer.toString(config.pageSize()));
        return get(QUESTIONS, "/questions", query);
    }

    /** Every answer to the given questions (at most 100 ids), oldest first, reading all pages. */
    List<Map<String, Object>> answers(List<Long> questionIds) {
        if (questionIds.isEmpty()) {
            return List.of();
        }
        if (questionIds.size() > StackExchangeSourceConfig.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("at most " + StackExchangeSourceConfig.MAX_PAGE_SIZE
                    + " question ids a request: " + questionIds.size());
        }
        String ids = questionIds.stream().map(String::valueOf).collect(Collectors.joining(";"));
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int page = 1; ; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("sort", "creation");
            query.put("order", "asc");
            query.put("page", Integer.toString(page));
            query.put("pagesize", Integer.toString(StackExchangeSourceConfig.MAX_PAGE_SIZE));
            ApiResponse response = get(ANSWERS, "/questions/" + ids + "/answers", query);
            answers.addAll(response.items());
            if (!response.hasMore()) {
                return answers;
            }
        }
    }

    private ApiResponse get(String method, String path, Map<String, String> parameters) {
        refuseWhileLimited(method);
        Map<String, String> query = new LinkedHashMap<>(parameters);
        query.put("site", config.site());
        query.put("filter", "default");
        config.apiKey().ifPresent(key -> query.put("key", key));
        URI uri = URI.create(config.baseUrl() + path + "?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&")));
        // The key travels as a query parameter, as the API requires; the core's client redacts "key=" when logging.
        // The API may send a throttle_violation with HTTP 502: the client must return it, not retry it, so that
        // StackExchangeErrors can read the wait it announces.
        HttpResult result = http.send(HttpRequestSpec.get(uri)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .callerHandles(StackExchangeErrors.THROTTLE_STATUS)
                .build());
        byte[] body = decompress(result);
        Map<String, Object> json = parse(body, result);
        if (!result.isSuccess() || json != null && json.containsKey("error_id")) {
            throw StackExchangeErrors.toException(result.status(), json, config, clock.instant());
        }
        if (json == null) {
            throw new MalformedDataException("Stack Exchange answered " + result.status() + " to " + method
                    + " with a body that is not a JSON object");
        }
        ApiResponse response = wrapper(json, method);
        remember(method, response);
        return response;
    }

    /** Refuses a request the API told us not to send yet: the quota is spent, or the method's backoff runs. */
    private void refuseWhileLimited(String method) {
        Instant now = clock.instant();
        if (quotaResetsAt != null && now.isBefore(quotaResetsAt)) {
            throw new RateLimitedException("Stack Exchange: the daily request quota of " + config.site()
                    + " is spent; it renews at " + quotaResetsAt
                    + (config.apiKey().isEmpty() ? " (an apiKey raises it from 300 to 10,000 a day)" : ""),
                    quotaResetsAt);
        }
        Instant until = backoffUntil.get(method);
        if (until != null && now.isBefore(until)) {
            throw new RateLimitedException("Stack Exchange asked to wait until " + until + " before calling "
                    + method + " again (backoff)", until);
        }
    }

    private void remember(String method, ApiResponse response) {
        Instant now = clock.instant();
        if (response.backoffSeconds() > 0) {
            backoffUntil.put(method, now.plusSeconds(response.backoffSeconds()));
            log.info("Stack Exchange asks to wait {} s before calling {} again", response.backoffSeconds(), method);
        }
        if (response.quotaRemaining() == 0) {
            // The API renews quotas daily; waiting for the next UTC day is the documented safe bet.
            quotaResetsAt = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant();
            log.warn("Stack Exchange: the daily request quota is spent; the next request waits until {}",
                    quotaResetsAt);
        }
    }

    /** The body, gunzipped when the response says so or starts with gzip's magic bytes. */
    private static byte[] decompress(HttpResult result) {
        byte[] body = result.body();
        boolean gzipHeader = result.header("Content-Encoding")
                .map(v -> v.toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        boolean gzipMagic = body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (!gzipHeader && !gzipMagic) {
            return body;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            if (!result.isSuccess()) {
                return new byte[0]; // an error page that cannot be read is judged by its status
            }
            throw new MalformedDataException("Stack Exchange answered " + result.status()
                    + " with a gzip body that cannot be decompressed: " + e.getMessage(), e);
        }
    }

    /** The body as a JSON object, or {@code null} when it is not one (an HTML error page, an empty body). */
    private static Map<String, Object> parse(byte[] body, HttpResult result) {
        if (body.length == 0) {
            return null;
        }
        try {
            Object value = JSON.std.anyFrom(body);
            @SuppressWarnings("unchecked")
            Map<String, Object> map = value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
            return map;
        } catch (IOException e) {
            if (result.isSuccess()) {
                throw new MalformedDataException("Stack Exchange answered " + result.status()
                        + " with a body that is not JSON: " + e.getMessage(), e);
            }
            return null;
        }
    }

    private static ApiResponse wrapper(Map<String, Object> json, String method) {
        Object items = json.get("items");
        if (!(items instanceof List<?> list)) {
            throw new MalformedDataException("Stack Exchange's " + method + " response has no items array");
        }
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?>)) {
                throw new MalformedDataException("Stack Exchange's " + method + " response has an item that is "
                        + "not an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) item;
            objects.add(object);
        }
        return new ApiResponse(objects, Boolean.TRUE.equals(json.get("has_more")),
                Json.longValue(json.get("quota_remaining")).orElse(-1L),
                Json.longValue(json.get("backoff")).orElse(0L));
    }
}
