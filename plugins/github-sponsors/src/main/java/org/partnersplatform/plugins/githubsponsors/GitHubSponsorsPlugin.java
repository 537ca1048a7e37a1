package org.partnersplatform.plugins.githubsponsors;

import org.pf4j.Plugin;

/**
 * The GitHub Sponsors plugin's entry point for PF4J. It holds no state: its only extension, {@link
 * GitHubSponsorsSource}, opens a session per sync run.
 */
public class GitHubSponsorsPlugin extends Plugin {
}
