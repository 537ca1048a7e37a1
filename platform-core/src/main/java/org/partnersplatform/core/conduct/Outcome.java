package org.partnersplatform.core.conduct;

/** What reviewers decided about an incident. */
public enum Outcome {
    /** Not decided yet; does not count against anyone. */
    PENDING,
    /** A confirmed breach of the code of conduct; disqualifies for the policy's conduct window. */
    BREACH,
    /** Reviewed and found not to be a breach. */
    NO_BREACH
}
