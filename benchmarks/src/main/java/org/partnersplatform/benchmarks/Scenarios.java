package org.partnersplatform.benchmarks;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.List;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.PeriodBoards;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.report.Reports;

/**
 * The scenarios a run times, in order, for one month. The first is the floor the others are compared with; another
 * service (the monthly report, for instance) is one more {@code Scenario.measured(...)} line here.
 */
final class Scenarios {

    /** The name of the floor scenario; ratios are against it. */
    static final String FLOOR = "plain-SQL floor: organizations, top contributing";

    private Scenarios() {
    }

    static List<Scenario> forMonth(ApplicationContext context, YearMonth month) {
        LeaderboardService leaderboards = context.getBean(LeaderboardService.class);
        Reports reports = context.getBean(Reports.class);
        PlainSqlFloor floor = new PlainSqlFloor(context.getBean(JdbcOperations.class),
                context.getBean(Argument.of(TransactionOperations.class, Connection.class)), month);
        Period period = Period.month(month);
        return List.of(
                Scenario.reference(FLOOR, floor::run),
                Scenario.measured("organizations, top contributing",
                        () -> leaderboards.organizations(period, RankingKind.CONTRIBUTIONS).entries().size()),
                Scenario.measured("organizations, most active",
                        () -> leaderboards.organizations(period, RankingKind.ACTIVITY).entries().size()),
                Scenario.measured("individuals, top contributing",
                        () -> leaderboards.individuals(period, RankingKind.CONTRIBUTIONS).entries().size()),
                Scenario.measured("individuals, most active",
                        () -> leaderboards.individuals(period, RankingKind.ACTIVITY).entries().size()),
                Scenario.measured("the month's rankings (all four, one reading)",
                        () -> allRankings(leaderboards.boards(period))),
                Scenario.measured("the month's report (rankings, new contributors and members)",
                        () -> reports.monthly(month.toString()).sections().size()));
    }

    private static int allRankings(PeriodBoards boards) {
        int entries = 0;
        for (RankingKind kind : RankingKind.values()) {
            entries += boards.organizations(kind).entries().size();
            entries += boards.individuals(kind).entries().size();
        }
        return entries;
    }
}
