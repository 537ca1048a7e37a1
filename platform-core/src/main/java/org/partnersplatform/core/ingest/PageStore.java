package org.partnersplatform.core.ingest;

import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.api.Checkpoint;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.core.activity.RegisteredActivityType;
import org.partnersplatform.core.installation.Installation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores pages through {@link PageWriter}'s transaction, writing a page again when a concurrent run or push
 * committed the same new person (or provisional organization) first: the page's transaction then hits a unique
 * constraint, and the next attempt sees that row.
 */
@Singleton
public class PageStore {

    private static final Logger LOG = LoggerFactory.getLogger(PageStore.class);
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_ATTEMPTS = 3;

    private final PageWriter writer;

    PageStore(PageWriter writer) {
        this.writer = writer;
    }

    /** Stores a page; see {@link PageWriter#write} for what happens in its transaction. */
    public PageOutcome store(Installation installation, Map<String, RegisteredActivityType> types,
                             List<ActivityRecord> records, List<RejectedItem> rejectedByPlugin, Optional<Long> runId,
                             Optional<Checkpoint> checkpoint) {
        for (int attempt = 1; ; attempt++) {
            try {
                return writer.write(installation, types, records, rejectedByPlugin, runId, checkpoint);
            } catch (RuntimeException e) {
                if (attempt >= MAX_ATTEMPTS || !isUniqueViolation(e)) {
                    throw e;
                }
                LOG.info("Installation {}: a concurrent writer stored the same person first; storing the page again",
                        installation.id());
            }
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
