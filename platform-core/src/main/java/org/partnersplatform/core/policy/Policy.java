package org.partnersplatform.core.policy;

/**
 * A deployment's policy: the rules of its program, one section per concern. Each section is its own record, read by
 * its own reader, so that a new concern (finance, eligibility) is a new component here and a new entry in
 * {@link PolicyReader}.
 *
 * @param version the policy's own version, e.g. {@code mautic-2026.1}, shown next to every score
 * @param scoring how activities score
 * @param partnership who may be a partner and how a partner stays one
 */
public record Policy(String version, ScoringPolicy scoring, PartnershipPolicy partnership) {
}
