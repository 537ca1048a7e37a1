package org.partnersplatform.core.payment;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.api.Page;
import org.partnersplatform.api.RejectedItem;
import org.partnersplatform.api.finance.PaymentRecord;
import org.partnersplatform.core.ingest.PageOutcome;
import org.partnersplatform.core.ingest.RunPageStore;
import org.partnersplatform.core.ingest.SyncRejection;
import org.partnersplatform.core.ingest.SyncRejectionRepository;
import org.partnersplatform.core.ingest.SyncRunRepository;
import org.partnersplatform.core.installation.Installation;
import org.partnersplatform.core.installation.InstallationRepository;

/**
 * Stores a page of a finance source's run in one transaction: validates each payment, upserts it and its payer with
 * the installation's source id as origin, records the rejected ones with their reason and the run's counts, and saves
 * the checkpoint that follows the page.
 */
@Singleton
public class PaymentPageStore implements RunPageStore<PaymentRecord> {

    private final PaymentValidator validator;
    private final PaymentWriter writer;
    private final SyncRunRepository runs;
    private final SyncRejectionRepository rejections;
    private final InstallationRepository installations;
    private final Clock clock;

    PaymentPageStore(PaymentValidator validator, PaymentWriter writer, SyncRunRepository runs,
                     SyncRejectionRepository rejections, InstallationRepository installations, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.runs = runs;
        this.rejections = rejections;
        this.installations = installations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PageOutcome store(Installation installation, Page<PaymentRecord> page, long runId) {
        List<RejectedItem> rejected = new ArrayList<>(page.rejected());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (PaymentRecord record : page.items()) {
            Optional<String> problem = validator.problem(record);
            if (problem.isPresent()) {
                rejected.add(new RejectedItem(truncate(record.paymentId(), 255), problem.get()));
                continue;
            }
            PaymentChange change = writer.write(new PaymentWriter.Entry(installation.sourceId(), installation.id(),
                    record, null, null), null).change();
            switch (change) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        PageOutcome outcome = new PageOutcome(page.items().size() + page.rejected().size(), created, updated,
                unchanged, List.copyOf(rejected));
        runs.addPage(runId, outcome.fetched(), created, updated, unchanged, rejected.size());
        for (RejectedItem item : rejected) {
            rejections.save(new SyncRejection(null, runId, truncate(item.itemId(), 255),
                    truncate(item.reason(), 1000)));
        }
        installations.updateCheckpoint(installation.id(), page.next().token(), clock.instant());
        return outcome;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
