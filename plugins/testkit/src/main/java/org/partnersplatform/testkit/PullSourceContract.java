package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.PagedSession;
import org.partnersplatform.api.SourceContext;
import org.partnersplatform.api.config.SourceConfig;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.PullSource;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * The checks every pull source must pass: a plugin's test class extends this one and supplies the source, a validated
 * configuration and a fresh context. Besides the paging checks of {@link PagedSourceContract} (stable ids, resuming
 * from every checkpoint without holes and, for an ordered source, without duplicates, a rate limit let out
 * unchanged), a full run emits only declared activity types and at most 20 attributes an item.
 */
public abstract class PullSourceContract extends PagedSourceContract<ActivityRecord> {

    private static final int MAX_ATTRIBUTES = 20;

    /** The source under test; the same instance or an equal one on every call. */
    protected abstract PullSource source();

    /** A configuration the source's schema validated, pointing at the test's data (a replay server, a repository). */
    @Override
    protected abstract SourceConfig config();

    /**
     * The descriptor is the same value on every call and declares at least one activity type; the configuration
     * passes the descriptor's schema and the source's own {@code validate}.
     */
    @Test
    public void descriptorIsValidAndItsSchemaAcceptsTheConfig() {
        PullSource source = source();
        SourceDescriptor descriptor = source.descriptor();
        assertNotNull(descriptor, "descriptor() returned null");
        assertEquals(descriptor, source.descriptor(), "descriptor() must return the same value on every call");
        assertFalse(descriptor.activityTypes().isEmpty(), descriptor.id() + " declares no activity type");
        SourceConfig config = config();
        assertEquals(descriptor.configSchema(), config.schema(),
                "the supplied configuration was validated against another schema than the descriptor's");
        descriptor.configSchema().validate(config.asMap());
        source.validate(config);
        List<ActivityType> types = source.activityTypes(config);
        assertFalse(types.isEmpty(), descriptor.id() + " declares no activity type for this configuration");
        assertEquals(types.size(), types.stream().map(ActivityType::key).distinct().count(),
                "activityTypes(config) declares a key twice: " + types);
    }

    @Override
    final PagedSession<ActivityRecord> open(SourceContext context) {
        return source().open(config(), context);
    }

    @Override
    final String idOf(ActivityRecord item) {
        return item.itemId();
    }

    @Override
    final boolean ordered() {
        return source().descriptor().capabilities().ordered();
    }

    /** The item's type is declared for this configuration, and it has at most 20 attributes. */
    @Override
    final void checkItem(ActivityRecord item, int page, SourceContext context, List<String> problems) {
        Set<String> declared = source().activityTypes(config()).stream().map(ActivityType::key)
                .collect(Collectors.toSet());
        if (!declared.contains(item.type())) {
            problems.add("item " + item.itemId() + " on page " + page + " has the undeclared type '"
                    + item.type() + "' (declared: " + new TreeSet<>(declared) + ")");
        }
        if (item.attributes().size() > MAX_ATTRIBUTES) {
            problems.add("item " + item.itemId() + " has " + item.attributes().size()
                    + " attributes; at most " + MAX_ATTRIBUTES);
        }
    }
}
