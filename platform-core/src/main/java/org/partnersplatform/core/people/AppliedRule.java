package org.partnersplatform.core.people;

import java.util.List;

/** A new identity rule and the merges it made among existing identities (each can be undone). */
public record AppliedRule(IdentityRule rule, List<MergeView> merges) {

    public AppliedRule {
        merges = List.copyOf(merges);
    }
}
