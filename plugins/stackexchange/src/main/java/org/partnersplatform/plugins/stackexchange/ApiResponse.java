package org.partnersplatform.plugins.stackexchange;

import java.util.List;
import java.util.Map;

/**
 * The common wrapper of a successful Stack Exchange API response.
 *
 * @param items the {@code items} array, each item a JSON object
 * @param hasMore {@code has_more}: whether a further page of the same query exists
 * @param quotaRemaining {@code quota_remaining}: requests left today, or -1 when the response does not say
 * @param backoffSeconds {@code backoff}: seconds to wait before calling the same method again, 0 when absent
 */
record ApiResponse(List<Map<String, Object>> items, boolean hasMore, long quotaRemaining, long backoffSeconds) {

    ApiResponse {
        items = List.copyOf(items);
    }
}
