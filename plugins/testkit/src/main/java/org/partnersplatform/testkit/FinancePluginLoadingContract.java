package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.finance.FinanceSourceDescriptor;

/**
 * The loading checks every finance plugin module runs, in a real PF4J manager: the plugin packaged from the module's
 * compiled classes starts and provides its finance sources when enabled and compatible, and (from {@link
 * PluginJarContract}) does not start when disabled and is refused with its reason when it requires another API. A
 * plugin's test extends this class and says what the plugin is.
 */
public abstract class FinancePluginLoadingContract extends PluginJarContract {

    /** The ids of the finance sources the plugin provides, in the order PF4J finds them. */
    protected abstract List<String> financeSourceIds();

    @Test
    void theEnabledPluginStartsAndProvidesItsFinanceSources() {
        List<FinanceSourceDescriptor> sources = check().assertStartsAndProvidesFinanceSources(
                compatibleJar("compatible"));

        assertEquals(financeSourceIds(), sources.stream().map(FinanceSourceDescriptor::id).toList());
    }
}
