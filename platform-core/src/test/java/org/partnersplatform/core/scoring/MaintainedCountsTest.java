package org.partnersplatform.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.counting.ActivityCounts;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.leaderboard.ExplanationService;
import org.partnersplatform.core.leaderboard.Leaderboard;
import org.partnersplatform.core.leaderboard.LeaderboardEntry;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.leaderboard.Period;
import org.partnersplatform.core.leaderboard.RankingKind;
import org.partnersplatform.core.people.MemberMerges;
import org.partnersplatform.core.people.MergeView;
import org.partnersplatform.core.privacy.PersonErasure;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.time.DeploymentTime;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * The monthly counts kept as activities are stored and re-attributed give exactly what the activity table gives. On
 * {@link ScoringFixture} (caps reached, an attribute rule, bots, a staff organization, conversations) plus pending and
 * rejected items, an affiliation change in the middle of a month, a merge and its undo and an erasure that removes
 * activities, in a time zone far from UTC: after each change the maintained counts equal counts made here from the
 * activity rows, each period's score sheet equals the sheet computed from those rows, every ranking (summed in SQL)
 * gives each subject what its score sheet counts, and every ranking and explanation is the same before and after the
 * counts are rebuilt from scratch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaintainedCountsTest implements TestPropertyProvider {

    private static final String ZONE = "Pacific/Auckland";
    private static final YearMonth LAST = ScoringFixture.LAST;
    private static final String ACTIVITY_ROWS = "SELECT a.member_id, m.display_name, m.erased_at, a.organization_id,"
            + " o.name, o.slug, o.staff, a.activity_type_id, a.scoring_rule, a.occurred_at FROM activity a"
            + " JOIN member m ON m.id = a.member_id LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.review_state = 'ACCEPTED' AND m.bot = FALSE AND a.occurred_at >= ? AND a.occurred_at < ?";

    private Jdbc jdbc;

    @Inject
    ActivityCounts counts;

    @Inject
    Scoring scoring;

    @Inject
    RuleSets rules;

    @Inject
    LeaderboardService leaderboards;

    @Inject
    ExplanationService explanations;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Inject
    AffiliationRepository affiliations;

    @Inject
    AttributionRecompute recompute;

    @Inject
    MemberMerges merges;

    @Inject
    PersonErasure erasure;

    @Inject
    DeploymentTime time;

    @Inject
    JdbcOperations operations;

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, ScoringFixture.SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.policy.file", ScoringFixture.policyFile().toString());
        properties.put("partners.time-zone", ZONE);
        properties.put("partners.privacy.erased-activities", "remove");
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    @Order(1)
    void everyChangeToActivitiesKeepsTheCountsEqualToTheActivityTable() {
        ScoringFixture.load(installations, syncs, organizations, domains);
        ScriptedRecords.sync(installations, syncs, ScoringFixture.SOURCE, "counts", false, List.of(
                line("mv1", "commit", LAST, 3, "mover", "mover@gmail.com"),
                line("mv2", "commit", LAST, 10, "mover", "mover@gmail.com"),
                line("mv3", "pull_request_merged", LAST, 20, "mover", "mover@gmail.com"),
                line("mv4", "commit", LAST, 27, "mover", "mover@gmail.com"),
                line("mv5", "comment", LAST.minusMonths(1), 28, "mover", "mover@gmail.com"),
                line("ph1", "pull_request_merged", LAST, 5, "pat-home", "pat@home.example"),
                line("ph2", "commit", LAST.minusMonths(1), LAST.minusMonths(1).lengthOfMonth(), "pat-home",
                        "pat@home.example"),
                line("pw1", "commit", LAST, 6, "pat-work", "pat@globex.com"),
                line("pw2", "comment", LAST, 7, "pat-work", "pat@globex.com")));
        jdbc.update("INSERT INTO activity (installation_id, source_item_id, activity_type_id, occurred_at,"
                + " identity_id, member_id, organization_id, attributes, review_state, content_hash, first_seen_at,"
                + " updated_at) SELECT installation_id, CONCAT(source_item_id, '-p'), activity_type_id, occurred_at,"
                + " identity_id, member_id, organization_id, attributes, 'PENDING', content_hash, first_seen_at,"
                + " updated_at FROM activity WHERE source_item_id IN ('c1', 'q1', 'mv3', 'pw1')");
        jdbc.update("INSERT INTO activity (installation_id, source_item_id, activity_type_id, occurred_at,"
                + " identity_id, member_id, organization_id, attributes, review_state, content_hash, first_seen_at,"
                + " updated_at) SELECT installation_id, CONCAT(source_item_id, '-r'), activity_type_id, occurred_at,"
                + " identity_id, member_id, organization_id, attributes, 'REJECTED', content_hash, first_seen_at,"
                + " updated_at FROM activity WHERE source_item_id IN ('c2', 'p1', 'mv4')");
        assertCountsMatchActivities("after the syncs");

        long mover = memberOf("mover");
        long acme = organizationId("acme");
        long globex = organizationId("globex");
        affiliations.save(Affiliation.create(mover, acme, null, LAST.atDay(14), AffiliationOrigin.MANUAL,
                Instant.now(), "first job"));
        affiliations.save(Affiliation.create(mover, globex, LAST.atDay(15), null, AffiliationOrigin.MANUAL,
                Instant.now(), "second job"));
        recompute.members(List.of(mover), "moved in the middle of the month");
        assertEquals(List.of("acme", "acme", "globex", "globex"), organizationsOf("mv1", "mv2", "mv3", "mv4"));
        assertCountsMatchActivities("after an affiliation change in the middle of the month");

        MergeView merge = merges.merge(memberOf("pat-work"), memberOf("pat-home"), "one person", "admin");
        assertEquals(List.of("globex"), organizationsOf("ph1"), "the merged activity counts for the target's org");
        assertCountsMatchActivities("after a merge");

        merges.undo(merge.merge().id(), "admin");
        assertEquals(List.of("-"), organizationsOf("ph1"));
        assertCountsMatchActivities("after the merge was undone");

        long before = jdbc.count("SELECT COUNT(*) FROM activity_count");
        long ivan = memberOf("ivan");
        erasure.erase(ivan, "admin");
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM activity WHERE member_id = ?", ivan),
                "the erased person's activities are removed");
        assertTrue(jdbc.count("SELECT COUNT(*) FROM activity_count") < before, "and no longer counted");
        assertCountsMatchActivities("after an erasure");
    }

    @Test
    @Order(2)
    void aMonthOrEverythingIsRebuiltFromTheActivityTableAndAnotherTimeZoneRebuildsAtTheNextStart() {
        List<String> kept = storedCounts();
        jdbc.update("DELETE FROM activity_count WHERE month_start = ?", LAST.atDay(1));
        counts.rebuild(LAST);
        assertEquals(kept, storedCounts());

        assertEquals(0, counts.rebuildIfStale(), "built for the deployment's zone");
        jdbc.update("UPDATE activity_count_state SET time_zone = 'UTC'");
        jdbc.update("DELETE FROM activity_count");
        assertTrue(counts.rebuildIfStale() > 0, "cut in another zone");
        assertEquals(kept, storedCounts());
        assertEquals(ZONE, jdbc.value("SELECT time_zone FROM activity_count_state"));
    }

    private void assertCountsMatchActivities(String step) {
        List<String> maintained = storedCounts();
        assertEquals(countedHere(), maintained, step + ": the counts are the activity table's");
        Map<String, Object> readings = readings();
        for (Period period : periods()) {
            assertEquals(sheetRows(Caps.apply(activityRows(period), rules.current())),
                    sheetRows(scoring.sheet(period).rows()), step + ": the score sheet of " + period);
            assertEquals(rankedFromSheets(period), rankedByService(period),
                    step + ": the rankings of " + period + " sum what the score sheets count");
        }
        counts.rebuild();
        assertEquals(maintained, storedCounts(), step + ": a rebuild from scratch finds the same counts");
        assertEquals(readings, readings(), step + ": rankings and explanations after a rebuild");
    }

    /**
     * Every entry of the period's rankings as the leaderboards give it (the sums made in SQL): kind, subject, slug,
     * score, contributions, conversations and change of score.
     */
    private List<String> rankedByService(Period period) {
        List<String> lines = new ArrayList<>();
        for (RankingKind kind : RankingKind.values()) {
            for (Leaderboard board : List.of(leaderboards.organizations(period, kind),
                    leaderboards.individuals(period, kind))) {
                board.entries().forEach(entry -> lines.add(String.join(" ", kind.key(), entry.slug(),
                        entry.score().toPlainString(), String.valueOf(entry.contributions()),
                        String.valueOf(entry.conversations()), entry.scoreChange().toPlainString())));
            }
        }
        return lines.stream().sorted().toList();
    }

    /** The same entries summed here from the score sheets of the period and the period before (caps in Java). */
    private List<String> rankedFromSheets(Period period) {
        ScoreSheet now = scoring.sheet(period);
        ScoreSheet before = scoring.sheet(period.previous());
        List<String> lines = new ArrayList<>();
        for (RankingKind kind : RankingKind.values()) {
            for (boolean organizations : new boolean[] {true, false}) {
                Map<String, Totals> previous = totals(before, kind, organizations);
                totals(now, kind, organizations).forEach((slug, totals) -> lines.add(String.join(" ", kind.key(),
                        slug, totals.score().stripTrailingZeros().toPlainString(),
                        String.valueOf(totals.contributions()), String.valueOf(totals.conversations()),
                        totals.score().subtract(previous.getOrDefault(slug, Totals.NONE).score())
                                .stripTrailingZeros().toPlainString())));
            }
        }
        return lines.stream().sorted().toList();
    }

    /** What each subject counts in a ranking: no staff rows, no erased people, no organization-less rows. */
    private static Map<String, Totals> totals(ScoreSheet sheet, RankingKind kind, boolean organizations) {
        Map<String, Totals> totals = new HashMap<>();
        for (CountedRow row : sheet.rows()) {
            boolean contribution = row.type().kind() == ActivityKind.CONTRIBUTION;
            if (row.counted() == 0 || row.row().staff() || kind == RankingKind.CONTRIBUTIONS && !contribution
                    || (organizations ? row.row().organizationId() == null : row.row().erased())) {
                continue;
            }
            String slug = organizations ? row.row().organizationSlug() : "member-" + row.row().memberId();
            totals.merge(slug, new Totals(row.subtotal(), contribution ? row.counted() : 0,
                    contribution ? 0 : row.counted()), Totals::plus);
        }
        return totals;
    }

    private record Totals(BigDecimal score, long contributions, long conversations) {

        static final Totals NONE = new Totals(BigDecimal.ZERO, 0, 0);

        Totals plus(Totals other) {
            return new Totals(score.add(other.score), contributions + other.contributions,
                    conversations + other.conversations);
        }
    }

    /** Every ranking of every period, and the explanation of every entry. */
    private Map<String, Object> readings() {
        Map<String, Object> readings = new LinkedHashMap<>();
        for (Period period : periods()) {
            readings.put(period + " boards", leaderboards.boards(period));
            for (RankingKind kind : RankingKind.values()) {
                Leaderboard byOrganization = leaderboards.organizations(period, kind);
                Leaderboard byPerson = leaderboards.individuals(period, kind);
                readings.put(period + " " + kind + " organizations", byOrganization);
                readings.put(period + " " + kind + " individuals", byPerson);
                for (LeaderboardEntry entry : byOrganization.entries()) {
                    readings.put(period + " " + kind + " " + entry.slug(),
                            explanations.organization(entry.slug(), period, kind));
                }
                for (LeaderboardEntry entry : byPerson.entries()) {
                    String key = period + " " + kind + " " + entry.slug();
                    try {
                        readings.put(key, explanations.individual(entry.slug(), period, kind));
                    } catch (NotFoundException e) {
                        readings.put(key, e.getMessage());
                    }
                }
            }
        }
        assertTrue(readings.values().stream().anyMatch(v -> v instanceof Leaderboard l && !l.entries().isEmpty()));
        return readings;
    }

    private static List<Period> periods() {
        return List.of(Period.month(LAST), Period.month(LAST.minusMonths(1)), Period.month(LAST.plusMonths(1)),
                Period.quarter(LAST.getYear(), (LAST.getMonthValue() - 1) / 3 + 1), Period.year(LAST.getYear()),
                Period.year(2024));
    }

    /** The maintained counts, one line per row, sorted. */
    private List<String> storedCounts() {
        return jdbc.column("SELECT CONCAT(member_id, ' ', COALESCE(CAST(organization_id AS VARCHAR(20)), '-'), ' ',"
                + " activity_type_id, ' ', COALESCE(scoring_rule, '-'), ' ', CAST(month_start AS VARCHAR(10)), ' ',"
                + " n) FROM activity_count").stream().sorted().toList();
    }

    /** The same counts made here from the accepted activity rows, every month. */
    private List<String> countedHere() {
        Map<String, Long> grouped = transactions.executeRead(status -> operations.prepareStatement(
                "SELECT member_id, organization_id, activity_type_id, scoring_rule, occurred_at FROM activity"
                        + " WHERE review_state = 'ACCEPTED'", statement -> {
                    Map<String, Long> groups = new HashMap<>();
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            String organization = result.getString(2);
                            String key = String.join(" ", result.getString(1), Objects.toString(organization, "-"),
                                    result.getString(3), Objects.toString(result.getString(4), "-"),
                                    YearMonth.from(time.dayOf(result.getTimestamp(5).toInstant())).atDay(1)
                                            .toString());
                            groups.merge(key, 1L, Long::sum);
                        }
                    }
                    return groups;
                }));
        return grouped.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).sorted().toList();
    }

    /** The period's counts read straight from the activity table, as rankings read them before counts were kept. */
    private List<CountRow> activityRows(Period period) {
        return transactions.executeRead(status -> operations.prepareStatement(ACTIVITY_ROWS, statement -> {
            statement.setTimestamp(1, Timestamp.from(time.startOf(period.first())));
            statement.setTimestamp(2, Timestamp.from(time.startOf(period.last().plusMonths(1))));
            Map<CountRow, Long> grouped = new LinkedHashMap<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    long organization = result.getLong(4);
                    Long organizationId = result.wasNull() ? null : organization;
                    YearMonth month = YearMonth.from(time.dayOf(result.getTimestamp(10).toInstant()));
                    grouped.merge(new CountRow(result.getLong(1), result.getString(2), result.getTimestamp(3) != null,
                            organizationId, result.getString(5), result.getString(6), result.getBoolean(7),
                            result.getLong(8), result.getString(9), month, 0), 1L, Long::sum);
                }
            }
            List<CountRow> rows = new ArrayList<>();
            grouped.forEach((row, n) -> rows.add(new CountRow(row.memberId(), row.memberName(), row.erased(),
                    row.organizationId(), row.organizationName(), row.organizationSlug(), row.staff(), row.typeId(),
                    row.rule(), row.month(), n)));
            return rows;
        }));
    }

    private static List<String> sheetRows(List<CountedRow> rows) {
        return rows.stream().map(Objects::toString).sorted().toList();
    }

    private List<String> organizationsOf(String... items) {
        List<String> slugs = new ArrayList<>();
        for (String item : items) {
            slugs.add(jdbc.value("SELECT COALESCE(o.slug, '-') FROM activity a LEFT JOIN organization o"
                    + " ON o.id = a.organization_id WHERE a.source_item_id = ?", item));
        }
        return slugs;
    }

    private long memberOf(String sourceUserId) {
        return jdbc.count("SELECT member_id FROM identity WHERE source_user_id = ?", sourceUserId);
    }

    private long organizationId(String slug) {
        return jdbc.count("SELECT id FROM organization WHERE slug = ?", slug);
    }

    private static String line(String id, String type, YearMonth month, int day, String user, String email) {
        Instant at = LocalDate.of(month.getYear(), month.getMonth(), day).atTime(LocalTime.of(23, 30))
                .toInstant(ZoneOffset.UTC);
        return String.join(";", id, type, at.toString(), user, user, email, "false", "");
    }
}
