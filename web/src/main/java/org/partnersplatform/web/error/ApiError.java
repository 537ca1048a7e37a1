package org.partnersplatform.web.error;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * The JSON body of every 4xx and 5xx this platform answers itself.
 *
 * @param message what is wrong, in words the caller can act on
 * @param problems what is wrong with each field, when the input had fields
 */
@Serdeable
public record ApiError(String message, Map<String, String> problems) {

    public static ApiError of(String message) {
        return new ApiError(message, Map.of());
    }
}
