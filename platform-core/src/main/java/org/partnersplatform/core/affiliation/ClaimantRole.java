package org.partnersplatform.core.affiliation;

/** Who proposes an affiliation change: the person themself, or a representative of the organization. */
public enum ClaimantRole {
    PERSON,
    REPRESENTATIVE
}
