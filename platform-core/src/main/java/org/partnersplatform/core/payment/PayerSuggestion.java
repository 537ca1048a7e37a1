package org.partnersplatform.core.payment;

/**
 * An organization an unmatched payer may be, by name; an administrator applies it or not.
 *
 * @param reason the two spellings that compare equal
 */
public record PayerSuggestion(long payerId, String payerName, String organizationSlug, String organizationName,
                              String reason) {
}
