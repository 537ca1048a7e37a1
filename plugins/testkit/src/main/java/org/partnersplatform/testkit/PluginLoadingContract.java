package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.SourceDescriptor;

/**
 * The loading checks every source plugin module runs, in a real PF4J manager: the plugin packaged from the module's
 * compiled classes starts and provides its sources when enabled and compatible, and (from {@link PluginJarContract})
 * does not start when disabled and is refused with its reason when it requires another API. A plugin's test extends
 * this class and says what the plugin is.
 */
public abstract class PluginLoadingContract extends PluginJarContract {

    /** The ids of the contribution sources the plugin provides, in the order PF4J finds them. */
    protected abstract List<String> sourceIds();

    /** The activity type keys the first source declares, in order. */
    protected abstract List<String> activityTypeKeys();

    @Test
    void theEnabledPluginStartsAndProvidesItsSources() {
        List<SourceDescriptor> sources = check().assertStartsAndProvidesSources(compatibleJar("compatible"));

        assertEquals(sourceIds(), sources.stream().map(SourceDescriptor::id).toList());
        assertEquals(activityTypeKeys(), sources.get(0).activityTypes().stream().map(ActivityType::key).toList());
    }
}
