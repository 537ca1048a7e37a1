package org.partnersplatform.core.access;

/** What a platform user may do. */
public enum Role {
    /** Everything: plugins, installations, credits, settings. */
    ADMIN,
    /** Credits contributions no tool sees. */
    TEAM_LEAD,
    /** Decides partner applications and keeps the code-of-conduct register, which only reviewers see. */
    REVIEWER
}
