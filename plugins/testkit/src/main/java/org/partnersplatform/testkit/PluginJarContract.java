package org.partnersplatform.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnersplatform.api.ApiVersion;

/**
 * What every plugin's loading test shares, whatever it provides: the plugin is packaged from the module's compiled
 * classes (as the build packages it; the libraries the real jar shades are found on the test class path), does not
 * start when disabled, and is refused with its reason when it requires another API. {@link PluginLoadingContract},
 * {@link FinancePluginLoadingContract} and {@link NotifierPluginLoadingContract} add what an enabled plugin must
 * provide.
 */
public abstract class PluginJarContract {

    @TempDir
    Path temp;

    /** The plugin's id, as its manifest declares it. */
    protected abstract String pluginId();

    /** The plugin's {@code org.pf4j.Plugin} class. */
    protected abstract Class<?> pluginClass();

    /** The API range the plugin declares; by default any 1.x. */
    protected String requires() {
        return ">=1.0.0 & <2.0.0";
    }

    /** Where the module's compiled classes are; {@code target/classes} under Maven. */
    protected Path classesDirectory() {
        return Path.of("target", "classes");
    }

    /** The check, working in this test's temporary directory. */
    protected final PluginLoadingCheck check() {
        return new PluginLoadingCheck(temp);
    }

    /** The plugin's jar, compatible with this API, in a directory of its own named {@code name}. */
    protected final Path compatibleJar(String name) {
        return jar(name, requires());
    }

    @Test
    void theDisabledPluginDoesNotStart() {
        check().assertDisabledDoesNotStart(jar("disabled", requires()));
    }

    @Test
    void thePluginRequiringAnotherApiIsRefusedSayingWhy() {
        String reason = check().assertRefusedAsIncompatible(jar("incompatible", ">=99.0.0"));

        assertEquals("the plugin " + pluginId() + " requires API >=99.0.0, but this host provides API "
                + ApiVersion.current(), reason);
    }

    private Path jar(String name, String range) {
        return PluginJarBuilder.create(temp.resolve(name), pluginId())
                .version("0.1.0")
                .requires(range)
                .pluginClass(pluginClass().getName())
                .provider("Partners Platform")
                .classesDirectory(classesDirectory())
                .build();
    }
}
