package org.partnersplatform.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fills a schema that the application's migrations created (and that holds no community yet) with a deterministic
 * community: organizations with a domain each (one of them staff, a tenth provisional), members with a GitHub and a
 * forum identity, dated affiliations, two source installations with six activity types (contributions and
 * conversations, one weight overridden) and the activities, a month at a time in time order as syncs would store
 * them, with more activity in later months; 97% accepted, 2% pending, 1% rejected. Loads with COPY, then fixes the
 * id sequences and runs VACUUM ANALYZE so the planner sees what a production database would.
 */
final class CommunityGenerator {

    private static final String GITHUB = "org.partnersplatform.github";
    private static final String FORUM = "org.partnersplatform.forum";
    private static final String CREATED = "2024-01-01T00:00:00Z";
    private static final String[] COUNTRIES = {"USA", "DEU", "FRA", "GBR", "IND", "BRA", "NLD", "POL", "ESP", "JPN"};

    /** Activity types: id, installation, source, key, kind, default weight, override, share of activities. */
    private static final Object[][] TYPES = {
            {1, 1, GITHUB, "pull_request_merged", "CONTRIBUTION", "5", null, 0.15},
            {2, 1, GITHUB, "commit", "CONTRIBUTION", "1", null, 0.25},
            {3, 1, GITHUB, "review_approved", "CONTRIBUTION", "2", "3", 0.12},
            {4, 1, GITHUB, "issue_comment", "CONVERSATION", "0.5", null, 0.30},
            {5, 2, FORUM, "accepted_answer", "CONTRIBUTION", "3", null, 0.03},
            {6, 2, FORUM, "forum_post", "CONVERSATION", "1", null, 0.15},
    };

    /** The tables it writes (in the connection's schema, never the others of the database). */
    private static final String[] LOADED = {"organization", "organization_domain", "member", "identity",
            "affiliation", "source_installation", "activity_type", "activity"};

    private final CommunityParameters parameters;

    CommunityGenerator(CommunityParameters parameters) {
        this.parameters = parameters;
    }

    /** Generates everything on an auto-commit connection whose search path is the schema. */
    void generate(Connection connection) throws SQLException {
        SplittableRandom random = new SplittableRandom(parameters.seed());
        CommunityModel model = new CommunityModel(parameters, random.split());
        try (Statement statement = connection.createStatement()) {
            writeSources(statement);
            writeOrganizations(connection, random.split());
            writePeople(connection, model);
            writeActivities(connection, model, random.split());
            for (String table : LOADED) {
                statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " (SELECT MAX(id) FROM " + table + "))");
            }
            statement.execute("VACUUM ANALYZE " + String.join(", ", LOADED));
        }
    }

    private static void writeSources(Statement statement) throws SQLException {
        statement.execute("INSERT INTO source_installation (id, source_id, name, settings, enabled,"
                + " create_provisional_orgs, checkpoint, created_at, updated_at) VALUES"
                + " (1, '" + GITHUB + "', 'GitHub', '{}', FALSE, FALSE, '', '" + CREATED + "', '" + CREATED + "'),"
                + " (2, '" + FORUM + "', 'Forum', '{}', FALSE, FALSE, '', '" + CREATED + "', '" + CREATED + "')");
        for (Object[] type : TYPES) {
            statement.execute("INSERT INTO activity_type (id, source_id, type_key, label, kind, default_weight,"
                    + " weight_override, requires_confirmation) VALUES (" + type[0] + ", '" + type[2] + "', '"
                    + type[3] + "', '" + type[3] + "', '" + type[4] + "', " + type[5] + ", " + type[6] + ", FALSE)");
        }
    }

    private void writeOrganizations(Connection connection, SplittableRandom random) throws SQLException {
        try (CopyTable organizations = new CopyTable(connection, "organization",
                "id, slug, name, website, country, status, staff, created_at")) {
            for (int id = 1; id <= parameters.organizations(); id++) {
                boolean staff = id == CommunityModel.STAFF_ORGANIZATION;
                organizations.row(id, slug(id), staff ? "Project Staff" : "Organization " + id,
                        "https://" + slug(id) + ".example", COUNTRIES[random.nextInt(COUNTRIES.length)],
                        !staff && random.nextDouble() < 0.1 ? "PROVISIONAL" : "CONFIRMED", staff, CREATED);
            }
            organizations.finish();
        }
        try (CopyTable domains = new CopyTable(connection, "organization_domain", "id, organization_id, domain")) {
            for (int id = 1; id <= parameters.organizations(); id++) {
                domains.row(id, id, slug(id) + ".example");
            }
            domains.finish();
        }
    }

    private static String slug(int organization) {
        return organization == CommunityModel.STAFF_ORGANIZATION ? "project-staff" : "org-" + organization;
    }

    private static void writePeople(Connection connection, CommunityModel model) throws SQLException {
        int members = model.members();
        try (CopyTable member = new CopyTable(connection, "member", "id, display_name, bot, created_at, erased_at")) {
            for (int id = 1; id <= members; id++) {
                member.row(id, model.erased(id) ? "Erased person" : (model.bot(id) ? "bot-" : "Person ") + id,
                        model.bot(id), CREATED, model.erased(id) ? CREATED : null);
            }
            member.finish();
        }
        try (CopyTable identity = new CopyTable(connection, "identity",
                "id, member_id, source, source_user_id, username, display_name, email, bot, created_at")) {
            for (int id = 1; id <= members; id++) {
                String user = model.erased(id) ? null : "user" + id;
                String email = user == null ? null : user + "@" + emailDomain(model.organization(id));
                identity.row(id, id, GITHUB, "gh-" + id, user, user, email, model.bot(id), CREATED);
                identity.row(members + id, id, FORUM, "forum-" + id, user, user, email, model.bot(id), CREATED);
            }
            identity.finish();
        }
        try (CopyTable affiliation = new CopyTable(connection, "affiliation",
                "id, member_id, organization_id, valid_from, valid_to, origin, created_at")) {
            int next = 1;
            for (int id = 1; id <= members; id++) {
                if (model.organization(id) == 0) {
                    continue;
                }
                LocalDate moved = model.movedOn(id);
                affiliation.row(next++, id, model.organization(id), null, moved == null ? null : moved.minusDays(1),
                        "EMAIL_DOMAIN", CREATED);
                if (moved != null) {
                    affiliation.row(next++, id, model.movedTo(id), moved, null, "MANUAL", CREATED);
                }
            }
            affiliation.finish();
        }
    }

    private static String emailDomain(int organization) {
        if (organization == 0) {
            return "mail.example";
        }
        return slug(organization) + ".example";
    }

    private void writeActivities(Connection connection, CommunityModel model, SplittableRandom random)
            throws SQLException {
        WeightedChoice authors = new WeightedChoice(model.activityWeights());
        double[] shares = new double[TYPES.length];
        for (int i = 0; i < TYPES.length; i++) {
            shares[i] = (double) TYPES[i][7];
        }
        WeightedChoice types = new WeightedChoice(shares);
        int[] perMonth = activitiesPerMonth();
        long id = 1;
        try (CopyTable activity = new CopyTable(connection, "activity", "id, installation_id, source_item_id,"
                + " activity_type_id, occurred_at, identity_id, member_id, organization_id, url, title, attributes,"
                + " review_state, content_hash, first_seen_at, updated_at")) {
            for (int m = 0; m < perMonth.length; m++) {
                YearMonth month = parameters.firstMonth().plusMonths(m);
                long start = month.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
                long seconds = month.lengthOfMonth() * 86_400L;
                long[] times = new long[perMonth[m]];
                for (int i = 0; i < times.length; i++) {
                    times[i] = start + random.nextLong(seconds);
                }
                Arrays.sort(times);
                for (long time : times) {
                    int member = authors.pick(random);
                    Object[] type = TYPES[types.pick(random)];
                    int installation = (int) type[1];
                    Instant occurred = Instant.ofEpochSecond(time);
                    int organization = model.organizationOn(member, occurred.atZone(ZoneOffset.UTC).toLocalDate());
                    double state = random.nextDouble();
                    String stored = occurred.plusSeconds(3600).toString();
                    activity.row(id, installation, "item-" + id, type[0], occurred.toString(),
                            installation == 1 ? member : model.members() + member, member,
                            organization == 0 ? null : organization, "https://example.org/items/" + id,
                            type[3] + " " + id, "{}", state < 0.97 ? "ACCEPTED" : state < 0.99 ? "PENDING" : "REJECTED",
                            hash(random), stored, stored);
                    id++;
                }
            }
            activity.finish();
        }
    }

    /** Activities per month, growing from 0.7 to 1.3 times the average, adding up to exactly the total. */
    private int[] activitiesPerMonth() {
        int months = parameters.months();
        int[] counts = new int[months];
        int assigned = 0;
        for (int m = 0; m < months; m++) {
            double share = (0.7 + 0.6 * m / (months - 1)) / months;
            counts[m] = (int) Math.floor(parameters.activities() * share);
            assigned += counts[m];
        }
        counts[months - 1] += parameters.activities() - assigned;
        return counts;
    }

    private static String hash(SplittableRandom random) {
        StringBuilder hex = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            String part = Long.toHexString(random.nextLong());
            hex.append("0".repeat(16 - part.length())).append(part);
        }
        return hex.toString();
    }
}
