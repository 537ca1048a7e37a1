package org.partnersplatform.plugins.manual;

import org.pf4j.Plugin;

/**
 * The manual-credits plugin: contributions no tool sees (a talk, a sprint led, proofreading), credited by team leads.
 * It holds no state; its one extension is {@link ManualSource}.
 */
public class ManualPlugin extends Plugin {

    public ManualPlugin() {
        super();
    }
}
