package org.partnersplatform.core.scoring;

import java.math.BigDecimal;

/**
 * A {@link CountRow} once the rules are applied: how many of its activities count after the cap of their person,
 * type and month, and the weight each counts with.
 */
public record CountedRow(CountRow row, EffectiveType type, BigDecimal weight, long counted) {

    /** The points these activities score: counted × weight. */
    public BigDecimal subtotal() {
        return weight.multiply(BigDecimal.valueOf(counted));
    }
}
