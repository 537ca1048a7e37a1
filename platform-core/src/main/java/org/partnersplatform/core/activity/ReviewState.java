package org.partnersplatform.core.activity;

/** Whether an activity counts: types that need confirmation start pending until an administrator decides. */
public enum ReviewState {
    ACCEPTED,
    PENDING,
    REJECTED
}
