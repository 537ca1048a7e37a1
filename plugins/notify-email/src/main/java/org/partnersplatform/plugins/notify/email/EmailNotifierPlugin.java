package org.partnersplatform.plugins.notify.email;

import org.pf4j.Plugin;

/** The email notifier plugin's entry point for PF4J; it holds no state. */
public class EmailNotifierPlugin extends Plugin {
}
