package org.partnersplatform.plugins.opencollective;

import org.pf4j.Plugin;

/**
 * The Open Collective plugin's entry point for PF4J. It holds no state: its only extension, {@link
 * OpenCollectiveSource}, opens a session per sync run.
 */
public class OpenCollectivePlugin extends Plugin {
}
