/**
 * The contribution-source extension point. A plugin provides a {@link
 * org.partnersplatform.api.source.ContributionSource} (long-lived: it describes itself and validates configuration)
 * that is also a {@link org.partnersplatform.api.source.PullSource} (opens a session per sync run), a {@link
 * org.partnersplatform.api.source.PushSource} (turns verified inbound requests into records), or both.
 */
package org.partnersplatform.api.source;
