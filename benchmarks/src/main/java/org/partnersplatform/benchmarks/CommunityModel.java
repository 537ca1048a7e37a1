package org.partnersplatform.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Who the generated members are: bots (1%), staff (2%, in the staff organization, id 1), independents (30%) and
 * members of the other organizations, chosen with Zipf weights so that a few organizations are very large and most
 * are small; one in ten organization members moves to another organization on a day inside the generated months
 * (two dated affiliations). How active a member is follows a log-normal law (bots ten times more). Ids start at 1.
 */
final class CommunityModel {

    static final int STAFF_ORGANIZATION = 1;

    private final int members;
    private final int[] organization;
    private final int[] movedTo;
    private final LocalDate[] movedOn;
    private final boolean[] bot;
    private final boolean[] erased;
    private final double[] activity;

    CommunityModel(CommunityParameters parameters, SplittableRandom random) {
        members = parameters.members();
        organization = new int[members + 1];
        movedTo = new int[members + 1];
        movedOn = new LocalDate[members + 1];
        bot = new boolean[members + 1];
        erased = new boolean[members + 1];
        activity = new double[members + 1];
        WeightedChoice organizations = WeightedChoice.zipf(parameters.organizations() - 1);
        LocalDate first = parameters.firstMonth().atDay(1);
        int days = (int) (parameters.lastMonth().atEndOfMonth().toEpochDay() - first.toEpochDay());
        for (int member = 1; member <= members; member++) {
            double kind = random.nextDouble();
            bot[member] = kind < 0.01;
            activity[member] = Math.exp(1.2 * random.nextGaussian()) * (bot[member] ? 10 : 1);
            if (kind >= 0.01 && kind < 0.03) {
                organization[member] = STAFF_ORGANIZATION;
            } else if (kind >= 0.33) {
                organization[member] = organizations.pick(random) + 2;
                if (parameters.organizations() > 2 && random.nextDouble() < 0.10) {
                    int next = organization[member];
                    while (next == organization[member]) {
                        next = organizations.pick(random) + 2;
                    }
                    movedTo[member] = next;
                    movedOn[member] = first.plusDays(1 + random.nextInt(days));
                }
            }
            erased[member] = !bot[member] && random.nextDouble() < 0.003;
        }
    }

    int members() {
        return members;
    }

    /** The member's first (or only) organization, 0 for an independent. */
    int organization(int member) {
        return organization[member];
    }

    /** The organization the member moved to, 0 if they did not move. */
    int movedTo(int member) {
        return movedTo[member];
    }

    /** The first day at the organization the member moved to, null if they did not move. */
    LocalDate movedOn(int member) {
        return movedOn[member];
    }

    /** The organization the member belonged to on a day, 0 for none. */
    int organizationOn(int member, LocalDate day) {
        return movedOn[member] != null && !day.isBefore(movedOn[member]) ? movedTo[member] : organization[member];
    }

    boolean bot(int member) {
        return bot[member];
    }

    boolean erased(int member) {
        return erased[member];
    }

    /** How likely this member is to be the author of an activity, relative to the others. */
    double[] activityWeights() {
        double[] weights = activity.clone();
        weights[0] = 0;
        return weights;
    }
}
