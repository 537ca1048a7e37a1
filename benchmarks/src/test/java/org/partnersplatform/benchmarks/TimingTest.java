package org.partnersplatform.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimingTest {

    private static final Scenario NOTHING = Scenario.reference("nothing", () -> 0);

    @Test
    void medianAndP90AreNearestRanksOfTheSortedTimesAndMinIsTheFastest() {
        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (10L - i) * 1_000_000L;
        }
        Timing.Result result = Timing.Result.of(NOTHING, 3, nanos);
        assertEquals(5.0, result.medianMillis());
        assertEquals(9.0, result.p90Millis());
        assertEquals(1.0, result.minMillis());
        assertEquals(3, result.rows());
    }

    @Test
    void aSingleIterationIsItsOwnMedianP90AndMin() {
        Timing.Result result = Timing.Result.of(NOTHING, 0, new long[] {2_500_000L});
        assertEquals(2.5, result.medianMillis());
        assertEquals(2.5, result.p90Millis());
        assertEquals(2.5, result.minMillis());
    }

    @Test
    void warmUpsAreRunButNotTimed() throws Exception {
        int[] runs = {0};
        Timing.Result result = Timing.measure(Scenario.measured("count", () -> ++runs[0]), 4, 6);
        assertEquals(10, runs[0]);
        assertEquals(10, result.rows());
    }
}
