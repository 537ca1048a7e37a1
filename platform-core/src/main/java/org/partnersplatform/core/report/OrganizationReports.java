package org.partnersplatform.core.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;

/** The quarterly report of one organization: its ranks, its people, its trend and its new contributors. */
@Singleton
public class OrganizationReports {

    /** Who has accepted activities for the organization in the period, from the monthly counts. */
    private static final String MEMBERS = "SELECT DISTINCT c.member_id FROM activity_count c"
            + " WHERE c.organization_id = ? AND c.month_start >= ? AND c.month_start <= ?";

    private final OrganizationRepository organizations;
    private final LeaderboardService leaderboards;
    private final NewPeople newPeople;
    private final Reports reports;
    private final JdbcOperations jdbc;

    OrganizationReports(OrganizationRepository organizations, LeaderboardService leaderboards, NewPeople newPeople,
                        Reports reports, JdbcOperations jdbc) {
        this.organizations = organizations;
        this.leaderboards = leaderboards;
        this.newPeople = newPeople;
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** The report of the organization with this slug for a quarter ({@code YYYY-Qn}) that has started. */
    @ReadOnly
    public OrganizationReport quarterly(String slug, String quarter) {
        Period period = reports.quarter(quarter);
        Organization organization = organizations.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("no organization has the slug \"" + slug + "\""));
        Set<String> people = members(organization.id(), period);
        List<RankedEntry> contributors = leaderboards.individuals(period, RankingKind.ACTIVITY).entries().stream()
                .filter(e -> people.contains(e.slug())).map(RankedEntry::of).toList();
        List<TrendMonth> trend = new ArrayList<>();
        for (YearMonth month : period.months()) {
            YearMonth before = month.minusMonths(3);
            trend.add(new TrendMonth(month.toString(), score(slug, month, RankingKind.CONTRIBUTIONS),
                    score(slug, month, RankingKind.ACTIVITY), before.toString(),
                    score(slug, before, RankingKind.CONTRIBUTIONS), score(slug, before, RankingKind.ACTIVITY)));
        }
        return new OrganizationReport(period.label(), reports.partial(period), organization.slug(),
                organization.name(), row(slug, period, RankingKind.CONTRIBUTIONS).orElse(null),
                row(slug, period, RankingKind.ACTIVITY).orElse(null), contributors, trend,
                newPeople.contributors(period).stream().filter(p -> slug.equals(p.organizationSlug())).toList());
    }

    private Optional<RankedEntry> row(String slug, Period period, RankingKind kind) {
        return leaderboards.organizations(period, kind).entries().stream().filter(e -> e.slug().equals(slug))
                .findFirst().map(RankedEntry::of);
    }

    private BigDecimal score(String slug, YearMonth month, RankingKind kind) {
        return row(slug, Period.month(month), kind).map(RankedEntry::score).orElse(BigDecimal.ZERO);
    }

    private Set<String> members(long organizationId, Period period) {
        return jdbc.prepareStatement(MEMBERS, statement -> {
            statement.setLong(1, organizationId);
            statement.setObject(2, period.first().atDay(1));
            statement.setObject(3, period.last().atDay(1));
            Set<String> slugs = new HashSet<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    slugs.add("member-" + row.getLong(1));
                }
            }
            return slugs;
        });
    }
}
