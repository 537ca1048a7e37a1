package org.partnersplatform.core.plugin;

/** What the host made of a plugin. */
public enum PluginState {
    /** Loaded and running; its sources can be installed. */
    STARTED,
    /** Present but switched off by configuration or an administrator. */
    DISABLED,
    /** Needs a platform API this platform does not provide. */
    INCOMPATIBLE,
    /** Could not be loaded or started, or declares something invalid. */
    FAILED
}
