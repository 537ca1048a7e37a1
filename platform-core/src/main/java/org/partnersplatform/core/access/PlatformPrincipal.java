package org.partnersplatform.core.access;

/** Who is calling, once authenticated. */
public record PlatformPrincipal(String username, Role role) {
}
