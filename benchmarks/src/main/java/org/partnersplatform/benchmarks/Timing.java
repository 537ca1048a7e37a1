package org.partnersplatform.benchmarks;

import java.util.Arrays;

/**
 * Times a scenario: warm-up iterations first (untimed, so class loading, JIT compilation, the connection pool and
 * PostgreSQL's buffer cache settle), then the measured ones, each timed on its own with {@link System#nanoTime()}.
 */
final class Timing {

    private Timing() {
    }

    static Result measure(Scenario scenario, int warmups, int iterations) throws Exception {
        for (int i = 0; i < warmups; i++) {
            scenario.action().run();
        }
        long[] nanos = new long[iterations];
        int rows = 0;
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            rows = scenario.action().run();
            nanos[i] = System.nanoTime() - start;
        }
        return Result.of(scenario, rows, nanos);
    }

    /**
     * What one scenario measured, in milliseconds: median and 90th percentile by nearest rank, and the fastest.
     *
     * @param rows the rows the last iteration produced
     */
    record Result(Scenario scenario, int rows, double medianMillis, double p90Millis, double minMillis) {

        static Result of(Scenario scenario, int rows, long[] nanos) {
            if (nanos.length == 0) {
                throw new IllegalArgumentException("no iteration was timed");
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(scenario, rows, millis(nearestRank(sorted, 0.5)), millis(nearestRank(sorted, 0.9)),
                    millis(sorted[0]));
        }

        private static long nearestRank(long[] sorted, double quantile) {
            int rank = (int) Math.ceil(quantile * sorted.length);
            return sorted[Math.max(rank, 1) - 1];
        }

        private static double millis(long nanos) {
            return nanos / 1_000_000.0;
        }
    }
}
