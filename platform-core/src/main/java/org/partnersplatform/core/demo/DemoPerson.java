package org.partnersplatform.core.demo;

import java.util.Random;
import org.partnersplatform.api.source.Actor;

/**
 * A demo person: how active they are, in which months, and how likely a team lead credits them.
 *
 * @param rate commits in an average active month
 * @param firstMonth the first month (0 to 17) they are active
 * @param lastMonth the last month they are active
 * @param personalEmail a second, personal address some of their commits use (under the name spelled without
 *                      accents), or null: real histories have such people, and the identity suggestions find them
 */
record DemoPerson(String name, String email, double rate, int firstMonth, int lastMonth, double creditChance,
                  String personalEmail) {

    /** The name and address of their commit number {@code c} of a month: every sixth from the personal one. */
    Actor author(int c) {
        return personalEmail != null && c % 6 == 5
                ? Actor.byEmail(DemoPeople.ascii(name), personalEmail)
                : Actor.byEmail(name, email);
    }

    /** Commits in month {@code m}: none outside the active months, else around the rate, with quiet months. */
    int commitsIn(int m, Random random) {
        if (m < firstMonth || m > lastMonth || random.nextDouble() < 0.25) {
            return 0;
        }
        double draw = rate * (0.5 + random.nextDouble());
        return (int) Math.round(draw);
    }
}
