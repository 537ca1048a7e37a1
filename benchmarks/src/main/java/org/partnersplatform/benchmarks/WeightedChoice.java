package org.partnersplatform.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight, in O(log n) per pick. */
final class WeightedChoice {

    private final double[] cumulative;

    /** Weights must be non-negative with a positive sum. */
    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("weight " + i + " is negative");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("the weights add up to nothing");
        }
    }

    /** Weights 1/1, 1/2, 1/3 ... (Zipf with exponent 1): a few large, many small. */
    static WeightedChoice zipf(int size) {
        double[] weights = new double[size];
        for (int i = 0; i < size; i++) {
            weights[i] = 1.0 / (i + 1);
        }
        return new WeightedChoice(weights);
    }

    int pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int found = Arrays.binarySearch(cumulative, target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, cumulative.length - 1);
    }
}
