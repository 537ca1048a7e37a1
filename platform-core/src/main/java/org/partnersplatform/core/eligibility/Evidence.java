package org.partnersplatform.core.eligibility;

/**
 * One fact a criterion was decided on, as a person reads it.
 *
 * @param period   what the fact is about: a month ({@code 2026-09}), a day, or a span
 * @param label    what was measured ({@code accepted contributions}, {@code payments in USD}, {@code membership})
 * @param value    what was found ({@code 4}, {@code 120.00}, {@code corporate member, gold, until 2027-01-31})
 * @param required what the policy asks for ({@code at least 1}, {@code at least 51.04}), or empty
 * @param met      whether this fact meets what is required
 */
public record Evidence(String period, String label, String value, String required, boolean met) {
}
