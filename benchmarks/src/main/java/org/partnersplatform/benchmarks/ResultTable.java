package org.partnersplatform.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * Prints the measured scenarios as a Markdown table (so it can be pasted into docs/benchmarks.md): median, p90 and
 * minimum in milliseconds, the median's ratio to the floor's median, and for a targeted scenario whether it meets
 * each target.
 */
final class ResultTable {

    static final double SECOND_MILLIS = 1000;
    static final double FLOOR_RATIO = 3;

    private ResultTable() {
    }

    static String render(List<Timing.Result> results, double floorMedianMillis) {
        StringBuilder table = new StringBuilder();
        table.append("| scenario | rows | median ms | p90 ms | min ms | × floor | under 1 s | within 3× floor |\n");
        table.append("|---|---:|---:|---:|---:|---:|:-:|:-:|\n");
        for (Timing.Result result : results) {
            double ratio = result.medianMillis() / floorMedianMillis;
            boolean targeted = result.scenario().targeted();
            table.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.2f | %s | %s |%n",
                    result.scenario().name(), result.rows(), result.medianMillis(), result.p90Millis(),
                    result.minMillis(), ratio, targeted ? verdict(result.medianMillis() < SECOND_MILLIS) : "",
                    targeted ? verdict(ratio <= FLOOR_RATIO) : ""));
        }
        return table.toString();
    }

    private static String verdict(boolean met) {
        return met ? "yes" : "NO";
    }
}
