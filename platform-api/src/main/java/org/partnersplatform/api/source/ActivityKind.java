package org.partnersplatform.api.source;

/** Whether an activity type counts as a contribution or only as a conversation ("most active" counts both). */
public enum ActivityKind {
    /** Work the project keeps: a merged change, an accepted answer, a talk given. */
    CONTRIBUTION,
    /** Taking part: a comment, a reply, a question. */
    CONVERSATION
}
