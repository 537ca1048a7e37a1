package org.partnersplatform.plugins.stackexchange;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.partnersplatform.api.InvalidConfigurationException;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RateLimitedException;
import org.partnersplatform.api.SourceException;
import org.partnersplatform.api.TemporarilyUnavailableException;
import org.partnersplatform.api.config.ConfigProblem;

/**
 * Turns a Stack Exchange error into the exception that tells the core what to do. The API answers errors with HTTP
 * 400 and a wrapper {@code {error_id, error_name, error_message}} whose {@code error_id} is the real status (400
 * {@code bad_parameter}, 401-406 key and token problems, 404 {@code no_method}, 500 {@code internal_error}, 502
 * {@code throttle_violation}, 503 {@code temporarily_unavailable}); a response without that wrapper is judged by its
 * HTTP status. The API may also send a throttle violation with HTTP status 502; the client asks the core's client to
 * return 502 as it is ({@link #THROTTLE_STATUS}), so a 502 is either a throttle (a rate limit) or, whatever else its
 * body says, a temporary failure.
 */
final class StackExchangeErrors {

    /**
     * The HTTP status the API may send a {@code throttle_violation} with, which the client therefore interprets itself
     * instead of letting the core's client retry it.
     */
    static final int THROTTLE_STATUS = 502;

    /** The {@code error_id} of {@code throttle_violation}. */
    private static final int THROTTLE_ERROR_ID = 502;

    /** How long to wait after a throttle violation whose message does not say. */
    static final Duration DEFAULT_THROTTLE_WAIT = Duration.ofMinutes(1);

    private static final Pattern SECONDS = Pattern.compile("(\\d{1,9})\\s+seconds?");

    private StackExchangeErrors() {
    }

    /**
     * The exception for an error response.
     *
     * @param status the HTTP status
     * @param json the body as a JSON object, or {@code null} when it is not one
     * @param config the installation's settings, to name the one to fix
     * @param now the clock's instant, to date a throttle's end
     */
    static SourceException toException(int status, Map<String, Object> json, StackExchangeSourceConfig config,
                                       Instant now) {
        if (json != null && json.containsKey("error_id")) {
            long errorId = Json.longField(json, "error_id").orElse((long) status);
            String name = Json.stringField(json, "error_name").orElse("unknown");
            String message = Json.stringField(json, "error_message").orElse("");
            if (status == THROTTLE_STATUS && errorId != THROTTLE_ERROR_ID) {
                // A 502 is a throttle or a failing gateway, never a problem with the settings.
                return new TemporarilyUnavailableException("Stack Exchange answered HTTP " + status + " ("
                        + errorId + " " + name + (message.isEmpty() ? "" : ": " + message) + ")");
            }
            return fromWrapper(errorId, name, message, config, now);
        }
        return fromStatus(status, config);
    }

    private static SourceException fromWrapper(long errorId, String name, String message,
                                               StackExchangeSourceConfig config, Instant now) {
        String said = "Stack Exchange refused the request (" + errorId + " " + name
                + (message.isEmpty() ? "" : ": " + message) + ")";
        return switch ((int) errorId) {
            case 400 -> badParameter(message, said);
            case 401, 402, 403, 405, 406 -> new InvalidConfigurationException(new ConfigProblem(
                    StackExchangeSourceConfig.API_KEY, said + ": set apiKey to the key of an app registered at "
                    + "stackapps.com, or leave it empty to read without one"));
            case 404 -> new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.BASE_URL,
                    said + ": baseUrl must be the API 2.3 endpoint, " + StackExchangeSourceConfig.DEFAULT_BASE_URL));
            case THROTTLE_ERROR_ID -> new RateLimitedException(said, now.plus(throttleWait(message)));
            default -> new TemporarilyUnavailableException(said);
        };
    }

    /**
     * The API names the parameter it refused as the whole message ("key", "tagged", "pagesize"), except for an unknown
     * site, which it describes ("No site found for name `x`").
     */
    private static InvalidConfigurationException badParameter(String message, String said) {
        String lower = message.toLowerCase(Locale.ROOT).strip();
        if (lower.contains("no site found") || lower.equals("site")) {
            return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.SITE,
                    said + ": use the site's API name as listed at https://api.stackexchange.com/docs/sites, "
                    + "e.g. stackoverflow"));
        }
        if (lower.equals("key")) {
            return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.API_KEY,
                    said + ": the key is not one stackapps.com issued; copy it again or leave apiKey empty"));
        }
        if (lower.equals("tagged")) {
            return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.TAGS,
                    said + ": check the spelling of the tags"));
        }
        return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.BASE_URL,
                said + ": the API did not accept a parameter this plugin sends for API 2.3; check that baseUrl is "
                + StackExchangeSourceConfig.DEFAULT_BASE_URL + " or a proxy of it"));
    }

    /** The wait a throttle violation announces ("more requests available in 82626 seconds"). */
    private static Duration throttleWait(String message) {
        Matcher matcher = SECONDS.matcher(message);
        return matcher.find() ? Duration.ofSeconds(Long.parseLong(matcher.group(1))) : DEFAULT_THROTTLE_WAIT;
    }

    private static SourceException fromStatus(int status, StackExchangeSourceConfig config) {
        String said = "Stack Exchange answered HTTP " + status + " without an error description";
        if (status == 401 || status == 403) {
            return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.API_KEY,
                    said + ": the API refused the credentials; set apiKey to a key registered at stackapps.com or "
                    + "leave it empty"));
        }
        if (status == 404 || status >= 300 && status < 400) {
            return new InvalidConfigurationException(new ConfigProblem(StackExchangeSourceConfig.BASE_URL,
                    said + ": there is no Stack Exchange API at " + config.baseUrl() + "; use "
                    + StackExchangeSourceConfig.DEFAULT_BASE_URL));
        }
        if (status >= 500) {
            return new TemporarilyUnavailableException(said);
        }
        return new MalformedDataException(said + "; the response cannot be read as an API error");
    }
}
