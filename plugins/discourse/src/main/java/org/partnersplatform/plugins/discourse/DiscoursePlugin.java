package org.partnersplatform.plugins.discourse;

import org.pf4j.Plugin;

/**
 * The Discourse plugin's entry point for PF4J. It holds no state: its only extension, {@link DiscourseSource}, opens
 * a session per sync run.
 */
public class DiscoursePlugin extends Plugin {
}
