package org.partnersplatform.plugins.stackexchange;

import org.pf4j.Plugin;

/**
 * The Stack Exchange plugin's entry point for PF4J. It holds no state: its only extension, {@link StackExchangeSource},
 * opens a session per sync run.
 */
public class StackExchangePlugin extends Plugin {
}
