package org.partnersplatform.core.testplugins;

import org.pf4j.Plugin;

/** The plugin class of the test plugins; they need no lifecycle of their own. */
public class ScriptedPlugin extends Plugin {
}
