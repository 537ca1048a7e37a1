package org.partnersplatform.core.scoring;

import java.time.Instant;

/**
 * One distinct effective rule set, stored once.
 *
 * @param revision 1 for the first rule set under a policy version, then 2, 3 … as overrides or the file change
 * @param fingerprint the SHA-256 of the rule set's JSON
 * @param rules the rule set's JSON
 */
public record RuleVersion(long id, String policyVersion, int revision, String fingerprint, String rules,
                          Instant createdAt) {

    /** {@code mautic-2026.1 · r3}: the form shown next to scores and stored with published months. */
    public String label() {
        return policyVersion + " · r" + revision;
    }
}
