package org.partnersplatform.plugins.jira;

import org.pf4j.Plugin;

/**
 * The Jira plugin's entry point for PF4J. It holds no state: its only extension, {@link JiraSource}, opens a session
 * per sync run.
 */
public class JiraPlugin extends Plugin {

    public JiraPlugin() {
        super();
    }
}
