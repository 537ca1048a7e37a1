package org.partnersplatform.benchmarks;

/**
 * One named thing to time. The targets (under a second, within 3x of the floor) apply to a scenario that is
 * {@code targeted}; the floor itself and reference scenarios are shown without them.
 *
 * @param name     what the table calls it
 * @param targeted whether the targets apply
 * @param action   one iteration; it returns how many rows it produced, which the table shows as a sanity check
 */
public record Scenario(String name, boolean targeted, Action action) {

    /** One iteration of a scenario. */
    @FunctionalInterface
    public interface Action {
        /** Runs once and says how many rows (entries, groups) it produced. */
        int run() throws Exception;
    }

    /** A scenario the targets apply to. */
    public static Scenario measured(String name, Action action) {
        return new Scenario(name, true, action);
    }

    /** A scenario shown for reference only. */
    public static Scenario reference(String name, Action action) {
        return new Scenario(name, false, action);
    }
}
