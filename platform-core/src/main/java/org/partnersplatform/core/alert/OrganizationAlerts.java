package org.partnersplatform.core.alert;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.policy.DeploymentPolicy;

/**
 * The organization rules for a closed month, on the leaderboards' own scores (so bots, staff organizations and erased
 * people are left out exactly as they are there): {@link AlertKind#ACTIVITY_DROP} when the "most active" score fell
 * by the configured percentage or more from a month before that reached the minimum score, and {@link
 * AlertKind#BELOW_MINIMUM} when a partner's contributions are below the policy's practical minimum
 * ({@code partnership.practical.minimumContributions}).
 */
@Singleton
public class OrganizationAlerts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final LeaderboardService leaderboards;
    private final AlertSettings settings;
    private final DeploymentPolicy policy;
    private final JdbcOperations jdbc;

    public OrganizationAlerts(LeaderboardService leaderboards, AlertSettings settings, DeploymentPolicy policy,
                              JdbcOperations jdbc) {
        this.leaderboards = leaderboards;
        this.settings = settings;
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** The organization alerts of a month, in a stable order. */
    @ReadOnly
    public List<AlertCandidate> of(YearMonth month) {
        List<AlertCandidate> found = new ArrayList<>(drops(month));
        found.addAll(belowMinimum(month));
        return found;
    }

    private List<AlertCandidate> drops(YearMonth month) {
        Map<String, LeaderboardEntry> now = bySlug(leaderboards.organizations(Period.month(month),
                RankingKind.ACTIVITY).entries());
        Map<String, Long> ids = organizationIds();
        List<AlertCandidate> found = new ArrayList<>();
        for (LeaderboardEntry before : leaderboards.organizations(Period.month(month.minusMonths(1)),
                RankingKind.ACTIVITY).entries()) {
            if (before.score().compareTo(settings.dropMinimumScore()) < 0 || !ids.containsKey(before.slug())) {
                continue;
            }
            LeaderboardEntry current = now.get(before.slug());
            BigDecimal score = current == null ? BigDecimal.ZERO : current.score();
            BigDecimal drop = before.score().subtract(score).multiply(HUNDRED)
                    .divide(before.score(), 6, RoundingMode.HALF_UP);
            if (drop.compareTo(settings.dropPercent()) >= 0) {
                String message = "%s: most active score %s → %s (−%s%%) from %s".formatted(before.name(),
                        plain(before.score()), plain(score), drop.setScale(0, RoundingMode.HALF_UP).toPlainString(),
                        span(month));
                found.add(new AlertCandidate(AlertKind.ACTIVITY_DROP, "activity_drop:" + ids.get(before.slug()) + ":"
                        + month, AlertSubject.ORGANIZATION, ids.get(before.slug()), before.name(), month.toString(),
                        message));
            }
        }
        return found;
    }

    private List<AlertCandidate> belowMinimum(YearMonth month) {
        Map<String, LeaderboardEntry> contributions = bySlug(leaderboards.organizations(Period.month(month),
                RankingKind.CONTRIBUTIONS).entries());
        long minimum = policy.partnership().practical().minimumContributions();
        List<AlertCandidate> found = new ArrayList<>();
        jdbc.prepareStatement("SELECT id, slug, name FROM organization WHERE partner = TRUE AND staff = FALSE"
                + " AND merged_into_id IS NULL ORDER BY name, id", statement -> {
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            LeaderboardEntry entry = contributions.get(rows.getString(2));
                            long made = entry == null ? 0 : entry.contributions();
                            if (made < minimum) {
                                String name = rows.getString(3);
                                found.add(new AlertCandidate(AlertKind.BELOW_MINIMUM, "below_minimum:"
                                        + rows.getLong(1) + ":" + month, AlertSubject.ORGANIZATION, rows.getLong(1),
                                        name, month.toString(), ("%s: %d contribution%s in %s, below the practical"
                                        + " minimum of %d").formatted(name, made, made == 1 ? "" : "s",
                                        monthName(month) + " " + month.getYear(), minimum)));
                            }
                        }
                    }
                    return null;
                });
        return found;
    }

    private Map<String, Long> organizationIds() {
        return jdbc.prepareStatement("SELECT slug, id FROM organization", statement -> {
            Map<String, Long> ids = new HashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.put(rows.getString(1), rows.getLong(2));
                }
            }
            return ids;
        });
    }

    private static Map<String, LeaderboardEntry> bySlug(List<LeaderboardEntry> entries) {
        return entries.stream().collect(Collectors.toMap(LeaderboardEntry::slug, Function.identity()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** "September to October 2026", or "December 2025 to January 2026" across a year. */
    static String span(YearMonth month) {
        YearMonth before = month.minusMonths(1);
        String from = before.getYear() == month.getYear() ? monthName(before)
                : monthName(before) + " " + before.getYear();
        return from + " to " + monthName(month) + " " + month.getYear();
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
