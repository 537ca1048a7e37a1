package org.partnersplatform.plugins.notify.webhook;

import org.pf4j.Plugin;

/** The chat webhook notifier plugin's entry point for PF4J; it holds no state. */
public class WebhookNotifierPlugin extends Plugin {
}
