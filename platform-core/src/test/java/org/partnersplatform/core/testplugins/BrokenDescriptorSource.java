package org.partnersplatform.core.testplugins;

import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceDescriptor;

/** A source whose descriptor throws: the host must fail its plugin alone. Listed in the jar's index, not annotated. */
public final class BrokenDescriptorSource implements PullSource {

    public static final String MESSAGE = "the descriptor of this test source is deliberately broken";

    @Override
    public SourceDescriptor descriptor() {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public PagedSession<ActivityRecord> open(SourceConfig config, SourceContext context) {
        throw new UnsupportedOperationException("never opened");
    }
}
