package org.partnersplatform.plugins.stackexchange;

import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;

/** Runs the source the way the core does: fetch from a checkpoint until {@code hasMore} is false. */
final class Runs {

    private Runs() {
    }

    /** Every page of a run from {@code from}, the session closed at the end. */
    static List<Page<ActivityRecord>> pages(SourceConfig config, SourceContext context, Checkpoint from) {
        List<Page<ActivityRecord>> pages = new ArrayList<>();
        try (PagedSession<ActivityRecord> session = new StackExchangeSource().open(config, context)) {
            Checkpoint checkpoint = from;
            while (true) {
                Page<ActivityRecord> page = session.fetch(checkpoint);
                pages.add(page);
                if (!page.hasMore()) {
                    return pages;
                }
                checkpoint = page.next();
            }
        }
    }

    /** The ids of the items of the pages, in order. */
    static List<String> ids(List<Page<ActivityRecord>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).map(ActivityRecord::itemId).toList();
    }

    /** The ids of a page's items, in order. */
    static List<String> ids(Page<ActivityRecord> page) {
        return page.items().stream().map(ActivityRecord::itemId).toList();
    }
}
