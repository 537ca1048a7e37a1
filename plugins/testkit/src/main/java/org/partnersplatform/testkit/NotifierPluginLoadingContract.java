package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.notify.NotifierDescriptor;

/**
 * The loading checks every notifier plugin module runs, in a real PF4J manager: the plugin packaged from the module's
 * compiled classes starts and provides its notifiers when enabled and compatible, and (from {@link PluginJarContract})
 * does not start when disabled and is refused with its reason when it requires another API. A plugin's test extends
 * this class and says what the plugin is; notifiers need API 1.2.0, so the default range is {@code >=1.2.0 & <2.0.0}.
 */
public abstract class NotifierPluginLoadingContract extends PluginJarContract {

    /** The ids of the notifiers the plugin provides, in the order PF4J finds them. */
    protected abstract List<String> notifierIds();

    @Override
    protected String requires() {
        return ">=1.2.0 & <2.0.0";
    }

    @Test
    void theEnabledPluginStartsAndProvidesItsNotifiers() {
        List<NotifierDescriptor> notifiers = check().assertStartsAndProvidesNotifiers(compatibleJar("compatible"));

        assertEquals(notifierIds(), notifiers.stream().map(NotifierDescriptor::id).toList());
    }
}
