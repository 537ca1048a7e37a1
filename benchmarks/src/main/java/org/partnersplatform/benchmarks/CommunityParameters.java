package org.partnersplatform.benchmarks;

import java.time.YearMonth;

/**
 * The size and shape of a generated community. The same parameters always generate the same rows, so a schema
 * generated with them is reused (see {@link GenerationMarker}); {@link #GENERATOR_VERSION} changes whenever the
 * generator would write different rows for the same parameters.
 *
 * @param activities how many activities, all months together (at least 1)
 * @param members    how many members, bots and independents included (at least 10)
 * @param organizations how many organizations, the staff organization included (at least 2)
 * @param months     how many calendar months, ending with {@code lastMonth} (at least 2, so a month has one before)
 * @param lastMonth  the last generated month, the one the benchmark ranks
 * @param seed       the seed of every random choice
 */
public record CommunityParameters(int activities, int members, int organizations, int months, YearMonth lastMonth,
                                  long seed) {

    /** Bumped whenever {@link CommunityGenerator} changes what it writes. */
    public static final int GENERATOR_VERSION = 2;

    public CommunityParameters {
        if (activities < 1 || members < 10 || organizations < 2 || months < 2) {
            throw new IllegalArgumentException("a community needs at least 1 activity, 10 members, 2 organizations"
                    + " and 2 months; got " + activities + ", " + members + ", " + organizations + ", " + months);
        }
    }

    /** The first generated month. */
    public YearMonth firstMonth() {
        return lastMonth.minusMonths(months - 1L);
    }

    /** A canonical description stored in the marker table and compared on reuse. */
    public String describe() {
        return "generator=" + GENERATOR_VERSION + ";activities=" + activities + ";members=" + members
                + ";organizations=" + organizations + ";months=" + months + ";lastMonth=" + lastMonth
                + ";seed=" + seed;
    }
}
