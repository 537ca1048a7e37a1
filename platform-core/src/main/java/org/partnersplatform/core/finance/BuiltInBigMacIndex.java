package org.partnersplatform.core.finance;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the Big Mac index shipped in this module ({@code big-mac/big-mac-full-index.csv}, The Economist, CC BY 4.0;
 * see {@code big-mac/PROVENANCE.md}) when the database holds no edition yet, so thresholds work on a fresh
 * deployment. Its data set is labelled "built-in YYYY-MM" after its newest edition. Whatever needs thresholds while the
 * application starts (the demo data) calls {@link #ensureLoaded()} first, since startup listeners run in no set order.
 */
@Singleton
public class BuiltInBigMacIndex {

    static final String RESOURCE = "big-mac/big-mac-full-index.csv";
    private static final Logger LOG = LoggerFactory.getLogger(BuiltInBigMacIndex.class);

    private final ThresholdService thresholds;
    private final ThresholdConfiguration configuration;

    public BuiltInBigMacIndex(ThresholdService thresholds, ThresholdConfiguration configuration) {
        this.thresholds = thresholds;
        this.configuration = configuration;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureLoaded();
    }

    /** Loads the built-in index unless the configuration says not to or an edition is stored already. */
    public synchronized void ensureLoaded() {
        if (!configuration.loadBuiltIn() || thresholds.hasEditions()) {
            return;
        }
        List<BigMacIndexCsv.Row> rows;
        try (InputStream in = BuiltInBigMacIndex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the built-in Big Mac index " + RESOURCE + " is not on the class path");
            }
            rows = BigMacIndexCsv.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in Big Mac index " + RESOURCE, e);
        }
        LocalDate newest = rows.stream().map(BigMacIndexCsv.Row::date).max(Comparator.naturalOrder()).orElseThrow();
        String label = "built-in " + YearMonth.from(newest);
        try {
            ImportSummary summary = thresholds.importBuiltIn(label, rows);
            LOG.info("Loaded the built-in Big Mac index \"{}\": {} editions, {} prices", label,
                    summary.editions().size(), summary.prices());
        } catch (DataAccessException e) {
            if (!thresholds.hasEditions()) {
                throw e;
            }
            LOG.info("Another node loaded the built-in Big Mac index \"{}\" at the same time", label);
        }
    }
}
