package org.partnersplatform.plugins.opencollective;

import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.finance.FinanceSource;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;
import org.partnersplatform.api.finance.PaymentRecord;
import org.pf4j.Extension;

/**
 * The contributions an Open Collective collective receives, one payment per contribution transaction, read by sync
 * runs ({@link OpenCollectiveSession}). Stateless.
 */
@Extension
public final class OpenCollectiveSource implements FinanceSource {

    /** The plugin's and the source's id. */
    public static final String ID = "org.partnersplatform.opencollective";

    private static final FinanceSourceDescriptor DESCRIPTOR = new FinanceSourceDescriptor(ID, "Open Collective",
            "Contributions received by an Open Collective collective: one-time, monthly and yearly.",
            OpenCollectiveSourceConfig.SCHEMA);

    @Override
    public FinanceSourceDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Checks the slug and the page size; never calls Open Collective. */
    @Override
    public void validate(SourceConfig config) {
        OpenCollectiveSourceConfig.validate(config);
    }

    @Override
    public PagedSession<PaymentRecord> open(SourceConfig config, SourceContext context) {
        return new OpenCollectiveSession(OpenCollectiveSourceConfig.of(config), context);
    }
}
