package org.partnersplatform.testkit;

import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.RejectedItem;

/**
 * Everything one run of a session read, as a plugin's own tests look at it: the pages from a checkpoint until one
 * says there is no more, their items, their rejections and the checkpoint after the last page.
 *
 * @param <T> what the session reads ({@code ActivityRecord}, {@code PaymentRecord})
 */
public record SessionRun<T>(List<Page<T>> pages) {

    public SessionRun {
        pages = List.copyOf(pages);
    }

    /** Fetches pages from {@code from} until a page has no more; the session stays open for the caller to close. */
    public static <T> SessionRun<T> drain(PagedSession<T> session, Checkpoint from) {
        List<Page<T>> pages = new ArrayList<>();
        Checkpoint checkpoint = from;
        while (true) {
            Page<T> page = session.fetch(checkpoint);
            pages.add(page);
            if (!page.hasMore()) {
                return new SessionRun<>(pages);
            }
            checkpoint = page.next();
        }
    }

    /** The items of every page, in order. */
    public List<T> items() {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }

    /** The items the plugin rejected, with their reasons. */
    public List<RejectedItem> rejected() {
        return pages.stream().flatMap(p -> p.rejected().stream()).toList();
    }

    /** The checkpoint after the last page: where the next run starts. */
    public Checkpoint last() {
        return pages.get(pages.size() - 1).next();
    }
}
