package org.partnersplatform.core.leaderboard;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The organizations the home page features: the first N (the policy's {@code scoring.featured}) current partners
 * (active or in their grace period) of the last full month's "top contributing" ranking; organizations that are not
 * partners are skipped, and the staff organization is never ranked.
 */
@Singleton
public class FeaturedOrganizations {

    private final LeaderboardService leaderboards;
    private final DeploymentPolicy policy;
    private final DeploymentTime time;
    private final JdbcOperations jdbc;

    public FeaturedOrganizations(LeaderboardService leaderboards, DeploymentPolicy policy, DeploymentTime time,
                                 JdbcOperations jdbc) {
        this.leaderboards = leaderboards;
        this.policy = policy;
        this.time = time;
        this.jdbc = jdbc;
    }

    /** The month featured now: the last full month. */
    public YearMonth month() {
        return time.currentMonth().minusMonths(1);
    }

    /** The featured organizations, best first, ranked 1 to N among themselves. */
    @ReadOnly
    public List<FeaturedOrganization> current() {
        YearMonth month = month();
        Set<String> partners = partners();
        List<FeaturedOrganization> featured = new ArrayList<>();
        for (LeaderboardEntry entry : leaderboards.organizations(Period.month(month), RankingKind.CONTRIBUTIONS)
                .entries()) {
            if (featured.size() == policy.scoring().featured()) {
                break;
            }
            if (partners.contains(entry.slug())) {
                featured.add(new FeaturedOrganization(featured.size() + 1, entry.name(), entry.slug(), entry.score(),
                        entry.contributions(), month));
            }
        }
        return List.copyOf(featured);
    }

    /** The partnership table is read directly: the partnership package builds on the leaderboards, not the reverse. */
    private Set<String> partners() {
        return jdbc.prepareStatement("SELECT o.slug FROM partnership p JOIN organization o ON o.id = p.organization_id"
                + " WHERE p.status IN ('ACTIVE', 'GRACE') AND o.staff = FALSE",
                statement -> {
                    Set<String> slugs = new HashSet<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            slugs.add(result.getString(1));
                        }
                    }
                    return slugs;
                });
    }
}
