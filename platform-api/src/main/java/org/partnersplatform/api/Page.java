package org.partnersplatform.api;

import java.util.List;
import java.util.Objects;

/**
 * One page of items read from a source, with the checkpoint that follows it.
 *
 * @param items the items read; the core validates each and rejects (and reports) those it cannot accept
 * @param rejected items the plugin itself could not turn into records (a missing field, an unreadable value); they are
 *     reported in the run, and the run goes on
 * @param next where to continue after this page; see {@link Checkpoint} for what must hold
 * @param hasMore whether another page follows; {@code false} ends the run
 * @param <T> the kind of item: activity records or payments
 */
public record Page<T>(List<T> items, List<RejectedItem> rejected, Checkpoint next, boolean hasMore) {

    public Page {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        rejected = List.copyOf(Objects.requireNonNull(rejected, "rejected"));
        Objects.requireNonNull(next, "next");
    }

    /** A page with no rejected items. */
    public static <T> Page<T> of(List<T> items, Checkpoint next, boolean hasMore) {
        return new Page<>(items, List.of(), next, hasMore);
    }

    /** The last page: nothing read, nothing more to read, the checkpoint unchanged. */
    public static <T> Page<T> last(Checkpoint unchanged) {
        return new Page<>(List.of(), List.of(), unchanged, false);
    }
}
