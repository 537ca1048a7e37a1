package org.partnersplatform.testkit;

import org.pf4j.Plugin;

/** The plugin class of the jars the tests build. */
public class DemoPlugin extends Plugin {
}
