package org.partnersplatform.api.finance;

import java.util.Objects;

/**
 * Who paid, as the finance source knows them; the core matches payers to organizations.
 *
 * @param sourceAccountId the source's stable id of the paying account
 * @param name the account's name
 * @param email the account's email, when shown
 * @param website the account's website, when shown (its domain helps matching)
 */
public record Payer(String sourceAccountId, String name, String email, String website) {

    public Payer {
        Objects.requireNonNull(sourceAccountId, "sourceAccountId");
    }
}
