package org.partnersplatform.api.config;

/** The type of a setting: how the core validates it and which form control the admin page shows. */
public enum ConfigType {
    /** One line of text. */
    STRING,
    /** Several lines of text. */
    TEXT,
    /** A whole number. */
    INTEGER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** An absolute {@code http} or {@code https} URL. */
    URL,
    /** A list of values, one a line (commas also separate). */
    LIST
}
