package org.partnersplatform.core.report;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Timestamp;
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
import org.partnersplatform.core.time.DeploymentTime;

/** The quarterly report of one organization: its ranks, its people, its trend and its new contributors. */
@Singleton
public class OrganizationReports {

    private static final String MEMBERS = "SELECT DISTINCT a.member_id FROM activity a WHERE a.organization_id = ?"
            + " AND a.review_state = 'ACCEPTED' AND a.occurred_at >= ? AND a.occurred_at < ?";

    private final OrganizationRepository organizations;
    private final LeaderboardService leaderboards;
    private final NewPeople newPeople;
    private final Reports reports;
    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    OrganizationReports(OrganizationRepository organizations, LeaderboardService leaderboards, NewPeople newPeople,
                        Reports reports, JdbcOperations jdbc, DeploymentTime time) {
        this.organizations = organizations;
        this.leaderboards = leaderboards;
        this.newPeople = newPeople;
        this.reports = reports;
        this.jdbc = jdbc;
        this.time = time;
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
            statement.setTimestamp(2, Timestamp.from(time.startOf(period.first())));
            statement.setTimestamp(3, Timestamp.from(time.startOf(period.last().plusMonths(1))));
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
