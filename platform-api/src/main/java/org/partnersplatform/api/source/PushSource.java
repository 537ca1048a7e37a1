package org.partnersplatform.api.source;

import java.util.List;
import org.partnersplatform.api.MalformedDataException;
import org.partnersplatform.api.RequestRejectedException;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;

/** A source that is sent its activities: webhooks, a form, an API. */
public interface PushSource extends ContributionSource {

    /**
     * Verifies an inbound request and turns it into records. The core validates and stores them exactly as it does
     * pulled ones, unique by item id, so a delivery received twice is stored once.
     *
     * @return the records the request carries; empty when it carries nothing this source counts (an event it ignores)
     * @throws RequestRejectedException when the request is not authentic (answered 401, nothing stored)
     * @throws MalformedDataException when the request cannot be read (answered 400, nothing stored)
     */
    List<ActivityRecord> receive(InboundRequest request, SourceConfig config, SourceContext context);
}
