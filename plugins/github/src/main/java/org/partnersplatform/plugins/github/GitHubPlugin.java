package org.partnersplatform.plugins.github;

import org.pf4j.Plugin;

/**
 * The GitHub plugin's entry point for PF4J. It holds no state: its only extension, {@link GitHubSource}, opens a
 * session per sync run and verifies each webhook delivery on its own.
 */
public class GitHubPlugin extends Plugin {
}
