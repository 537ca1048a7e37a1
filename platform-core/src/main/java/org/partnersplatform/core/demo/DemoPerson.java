package org.partnersplatform.core.demo;

import java.util.Random;

/**
 * A demo person: how active they are, in which months, and how likely a team lead credits them.
 *
 * @param rate commits in an average active month
 * @param firstMonth the first month (0 to 17) they are active
 * @param lastMonth the last month they are active
 */
record DemoPerson(String name, String email, double rate, int firstMonth, int lastMonth, double creditChance) {

    /** Commits in month {@code m}: none outside the active months, else around the rate, with quiet months. */
    int commitsIn(int m, Random random) {
        if (m < firstMonth || m > lastMonth || random.nextDouble() < 0.25) {
            return 0;
        }
        double draw = rate * (0.5 + random.nextDouble());
        return (int) Math.round(draw);
    }
}
