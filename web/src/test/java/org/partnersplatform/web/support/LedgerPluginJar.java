package org.partnersplatform.web.support;

import java.nio.file.Path;
import java.util.Map;
import org.partnersplatform.testkit.PluginJarBuilder;

/** Builds {@link LedgerFinanceSource} into a real plugin jar, as the build packages a finance plugin. */
public final class LedgerPluginJar {

    private LedgerPluginJar() {
    }

    /** The test context's properties, with the ledger plugin's jar added to its plugins directory. */
    public static Map<String, String> installedIn(Map<String, String> properties) {
        PluginJarBuilder.create(Path.of(properties.get("partners.plugins.dir")), LedgerFinanceSource.ID)
                .version("1.0.0").requires(">=1.0.0 & <2.0.0").extension(LedgerFinanceSource.class).build();
        return properties;
    }
}
