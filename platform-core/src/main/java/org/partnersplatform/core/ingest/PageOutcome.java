package org.partnersplatform.core.ingest;

import java.util.List;
import org.partnersplatform.api.RejectedItem;

/** What storing one page did. */
public record PageOutcome(int fetched, int created, int updated, int unchanged, List<RejectedItem> rejected) {
}
