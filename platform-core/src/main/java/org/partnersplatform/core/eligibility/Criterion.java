package org.partnersplatform.core.eligibility;

/** What a partner must show, each checked on its own. */
public enum Criterion {
    /** Accepted contributions in each of the last full months. */
    PRACTICAL,
    /** Payments at or above the country's threshold in each of the last full months, a membership or grandfathering. */
    FINANCIAL,
    /** No confirmed code-of-conduct breach in the window. */
    CONDUCT
}
