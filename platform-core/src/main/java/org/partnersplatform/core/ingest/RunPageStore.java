package org.partnersplatform.core.ingest;

import org.partnersplatform.api.Page;
import org.partnersplatform.core.installation.Installation;

/**
 * What a sync run does with each page it reads: stores the page's items and rejections, counts them in the run and
 * saves the checkpoint that follows the page, all in one transaction, so that the run loop in {@link SyncRunner}
 * serves activities and payments alike.
 *
 * @param <T> the kind of item the installation's source emits
 */
public interface RunPageStore<T> {

    /** Stores one page of a run; a crash before it returns leaves the previous checkpoint and none of the page. */
    PageOutcome store(Installation installation, Page<T> page, long runId);
}
