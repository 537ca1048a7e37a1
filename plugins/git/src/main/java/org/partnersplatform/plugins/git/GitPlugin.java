package org.partnersplatform.plugins.git;

import org.pf4j.Plugin;

/**
 * The git plugin's entry point for PF4J. It holds no state: its only extension, {@link GitSource}, opens the
 * repository per sync run and closes it when the run ends.
 */
public class GitPlugin extends Plugin {
}
