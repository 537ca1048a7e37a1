package org.partnersplatform.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.leaderboard.LeaderboardService;
import org.partnersplatform.core.publication.BoardChanges;
import org.partnersplatform.core.publication.MonthContent;
import org.partnersplatform.core.publication.MonthPublisher;
import org.partnersplatform.core.publication.MonthRevision;
import org.partnersplatform.core.publication.PublishedMonths;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * One person, Zephyrine Quillfeather, synced through a real run with distinctive values, named by a merged member, a
 * merge, a suggestion, an identity rule, claims, an affiliation note and a published month; exported, then erased
 * under the policy a subclass sets. Every character column of every table is then searched for her values.
 */
abstract class ErasureScenario implements TestPropertyProvider {

    static final String SOURCE = "org.example.scripted";
    static final YearMonth FEBRUARY = YearMonth.of(2024, 2);
    static final String NAME = "Zephyrine Quillfeather";
    static final String USERNAME = "zquillfeather77";
    static final String EMAIL = "zephyrine.quillfeather@initech.com";
    static final String PROFILE = "https://profiles.example.net/zq8841";
    static final List<String> PERSONAL = List.of(NAME, USERNAME, EMAIL, PROFILE, "quillfeather", "zephyrine");

    Jdbc jdbc;
    long zephyrine;
    long mergedIntoHer;
    long olaf;
    String export;
    ErasureSummary summary;
    Map<String, Long> hitsBeforeErasure;

    private boolean done;

    @Inject
    PersonErasure erasure;

    @Inject
    PersonalDataExporter exporter;

    @Inject
    MonthPublisher publisher;

    @Inject
    PublishedMonths published;

    @Inject
    LeaderboardService leaderboards;

    @Inject
    ErasedKeys keys;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Inject
    MemberRepository members;

    @Inject
    JsonMapper json;

    /** The deployment's policy for erased people's activities, or null for the default. */
    abstract String policy();

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        if (policy() != null) {
            properties.put("partners.privacy.erased-activities", policy());
        }
        jdbc = new Jdbc(properties);
        return properties;
    }

    synchronized void fixture() throws IOException {
        if (done) {
            return;
        }
        Organization initech = organizations.save(Organization.create("initech", "Initech", null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, initech.id(), "initech.com"));
        long installation = ScriptedRecords.sync(installations, syncs, SOURCE, "scripted", false, List.of(
                "e1;pull_request_merged;2024-02-05T10:00:00Z;" + USERNAME + ";" + NAME + ";" + EMAIL + ";false",
                "e2;pull_request_merged;2024-02-06T10:00:00Z;" + USERNAME + ";" + NAME + ";" + EMAIL + ";false",
                "e3;commit;2024-02-07T10:00:00Z;" + USERNAME + ";" + NAME + ";" + EMAIL + ";false",
                "o1;commit;2024-02-08T10:00:00Z;olaf;Olaf Other;olaf@initech.com;false"));
        // The scripted source carries its records in its own settings, which a real source never does.
        jdbc.update("UPDATE source_installation SET settings = '{\"mode\":\"records\"}' WHERE id = ?", installation);
        zephyrine = memberOf(EMAIL);
        olaf = memberOf("olaf@initech.com");
        // The scripted source reports no profile URL, evidence or attributes; a real one does.
        jdbc.update("UPDATE identity SET profile_url = ? WHERE member_id = ?", PROFILE, zephyrine);
        jdbc.update("UPDATE activity SET evidence = ?, attributes = ? WHERE source_item_id = 'e3'",
                "A talk by " + NAME, "{\"speaker\":\"" + USERNAME + "\"}");
        jdbc.update("UPDATE affiliation SET note = ? WHERE member_id = ?", "from " + EMAIL, zephyrine);
        mergedIntoHer = members.save(new Member(null, "Zeph Quillfeather (old laptop)", false, Instant.now(), false,
                zephyrine, null)).id();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO member_merge (target_member_id, source_member_id, reason, automatic, created_by,"
                + " created_at) VALUES (?, ?, ?, TRUE, 'system', ?)", zephyrine, mergedIntoHer, "same email " + EMAIL,
                now);
        jdbc.update("INSERT INTO merge_suggestion (member_a_id, member_b_id, reason, confidence, status, created_at)"
                + " VALUES (?, ?, ?, 0.40, 'PENDING', ?)", Math.min(zephyrine, olaf), Math.max(zephyrine, olaf),
                "similar names: " + NAME + " and Olaf Other", now);
        jdbc.update("INSERT INTO identity_rule (match_field, match_value, member_id, created_by, created_at)"
                + " VALUES ('EMAIL', ?, ?, 'admin', ?)", EMAIL, zephyrine, now);
        claim(zephyrine, initech.id(), NAME + " works here", "PERSON", now);
        claim(olaf, initech.id(), "Olaf is on " + NAME + "'s team", "REPRESENTATIVE", now);
        partnershipAndFinance(initech.id(), now);
        publisher.publish(FEBRUARY, "admin");

        hitsBeforeErasure = hits();
        export = json.writeValueAsString(exporter.export(zephyrine, "admin"));
        summary = erasure.erase(zephyrine, "admin");
        done = true;
    }

    /** She is an application's contact and team member, pays as a CSV payer keyed by her email, and was reported. */
    private void partnershipAndFinance(long organization, Timestamp now) {
        jdbc.update("INSERT INTO partner_application (organization_id, contact_name, contact_email, motivation, status,"
                + " submitted_at, status_token) VALUES (?, ?, ?, 'We build on it', 'SUBMITTED', ?, 'erasure-token')",
                organization, NAME, EMAIL, now);
        long application = Long.parseLong(jdbc.value("SELECT id FROM partner_application"
                + " WHERE status_token = 'erasure-token'"));
        jdbc.update("INSERT INTO partner_application_member (application_id, name, email, member_id)"
                + " VALUES (?, ?, ?, ?)", application, NAME, EMAIL, zephyrine);
        jdbc.update("INSERT INTO payer (origin, account_id, name, email, website, created_at)"
                + " VALUES ('csv', ?, ?, ?, ?, ?)", EMAIL.toLowerCase(Locale.ROOT), NAME, EMAIL, PROFILE, now);
        long payer = Long.parseLong(jdbc.value("SELECT id FROM payer WHERE origin = 'csv'"));
        jdbc.update("INSERT INTO payment (origin, payment_key, payer_id, amount, currency, usd_amount, paid_at,"
                + " recurrence, created_at, updated_at) VALUES ('csv', 'zq-1', ?, 25, 'USD', 25, ?, 'ONE_TIME', ?, ?)",
                payer, now, now, now);
        jdbc.update("INSERT INTO conduct_incident (member_id, occurred_on, outcome, summary, recorded_by, recorded_at,"
                + " updated_at) VALUES (?, DATE '2024-01-10', 'BREACH', ?, 'reviewer', ?, ?)", zephyrine,
                "Reported about " + NAME + " at the meetup", now, now);
    }

    private void claim(long member, long organization, String evidence, String role, Timestamp now) {
        jdbc.update("INSERT INTO affiliation_claim (member_id, organization_id, evidence, claimant_name,"
                + " claimant_email, claimant_role, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', ?)",
                member, organization, evidence, NAME, EMAIL, role, now);
    }

    @Test
    void erasureLeavesNoneOfThePersonsValuesInAnyCharacterColumnOfAnyTable() throws IOException {
        fixture();
        assertTrue(hitsBeforeErasure.keySet().containsAll(List.of("identity.email", "identity.username",
                "identity.display_name", "identity.profile_url", "member.display_name", "activity.evidence",
                "published_month.content", "affiliation_claim.claimant_email", "merge_suggestion.reason")),
                "the search finds her values where they were: " + hitsBeforeErasure);

        assertEquals(Map.of(), hits());
    }

    @Test
    void identitiesKeepTheirRowsWithoutAnyPersonalField() throws IOException {
        fixture();
        assertEquals(List.of(keys.keyFor(SOURCE, USERNAME) + "|||||"), jdbc.column("SELECT source_user_id || '|'"
                + " || COALESCE(username, '') || '|' || COALESCE(display_name, '') || '|' || COALESCE(email, '')"
                + " || '|' || COALESCE(profile_url, '') || '|' FROM identity WHERE member_id = ?", zephyrine));
        assertEquals(1, summary.identities());
    }

    @Test
    void theMemberAndTheMembersMergedIntoItAreErased() throws IOException {
        fixture();
        assertEquals(List.of(zephyrine, mergedIntoHer), summary.memberIds());
        for (long id : List.of(zephyrine, mergedIntoHer)) {
            Member member = members.findById(id).orElseThrow();
            assertEquals("Erased member #" + id, member.displayName());
            assertTrue(member.erasedAt() != null);
        }
    }

    @Test
    void claimsSuggestionsAndRulesAboutThePersonAreDeletedAndClaimsSheMadeNameHerNoMore() throws IOException {
        fixture();
        assertEquals(1, summary.claimsDeleted());
        assertEquals(1, summary.suggestionsDeleted());
        assertEquals(1, summary.rulesDeleted());
        assertEquals(0L, jdbc.count("SELECT COUNT(*) FROM affiliation_claim WHERE member_id = ?", zephyrine));
        assertEquals(List.of("Erased member #" + zephyrine + "||evidence cleared when member #" + zephyrine
                + " was erased"), jdbc.column("SELECT claimant_name || '|' || claimant_email || '|' || evidence"
                + " FROM affiliation_claim WHERE member_id = ?", olaf));
        assertEquals(List.of("reason cleared when member #" + zephyrine + " was erased"),
                jdbc.column("SELECT reason FROM member_merge WHERE target_member_id = ?", zephyrine));
    }

    @Test
    void theExportHeldEverythingAboutThePerson() throws IOException {
        fixture();
        Map<?, ?> document = json.readValue(export, Map.class);
        assertEquals(zephyrine, ((Number) document.get("memberId")).longValue());
        for (String value : List.of(NAME, USERNAME, EMAIL, PROFILE, "Zeph Quillfeather (old laptop)",
                "https://example.org/e1", "A talk by " + NAME, "same email " + EMAIL, "similar names: " + NAME,
                NAME + " works here", "Olaf is on " + NAME + "'s team")) {
            assertTrue(export.contains(value), value + " in " + export);
        }
        assertEquals(2, ((List<?>) document.get("members")).size());
        assertEquals(1, ((List<?>) document.get("identities")).size());
        assertEquals(3, ((List<?>) document.get("activities")).size());
        Map<?, ?> activity = (Map<?, ?>) ((List<?>) document.get("activities")).get(2);
        assertEquals(List.of("scripted", "commit", "2024-02-07T10:00:00Z", "e3", "Initech",
                Map.of("speaker", USERNAME)), List.of(activity.get("installation"), activity.get("type"),
                        activity.get("date"), activity.get("title"), activity.get("organization"),
                        activity.get("attributes")));
        assertEquals(2, ((List<?>) document.get("claims")).size());
        assertEquals(1, ((List<?>) document.get("merges")).size());
        assertEquals(1, ((List<?>) document.get("mergeSuggestions")).size());
        assertEquals(1, ((List<?>) document.get("identityRules")).size());
        assertEquals(1, ((List<?>) document.get("affiliations")).size());
        assertEquals(1, ((List<?>) document.get("partnerApplications")).size());
        assertEquals(1, ((List<?>) document.get("applicationTeams")).size());
        assertEquals(1, ((List<?>) document.get("payments")).size());
        assertEquals(List.of("2024-01-10 BREACH"), ((List<?>) document.get("conductIncidents")).stream()
                .map(i -> ((Map<?, ?>) i).get("occurredOn") + " " + ((Map<?, ?>) i).get("outcome")).toList());
        assertFalse(export.contains("Reported about"), "an incident's summary stays in the reviewers' register");
        assertFalse(export.contains("erasure-token"), "the applicant's status link is not personal data to hand out");
    }

    @Test
    void applicationsPayersAndIncidentsKeepTheirRowsWithoutHerValues() throws IOException {
        fixture();
        String erased = "Erased member #" + zephyrine;
        assertEquals(List.of(erased + "|"), jdbc.column("SELECT contact_name || '|' || contact_email"
                + " FROM partner_application WHERE status_token = 'erasure-token'"));
        assertEquals(List.of(erased + "||" + zephyrine), jdbc.column("SELECT name || '|' || email || '|' || member_id"
                + " FROM partner_application_member"));
        assertEquals(List.of("erased-|" + erased + "|||25.0000"), jdbc.column("SELECT SUBSTRING(y.account_id, 1, 7)"
                + " || '|' || y.name || '|' || COALESCE(y.email, '') || '|' || COALESCE(y.website, '') || '|'"
                + " || p.amount FROM payer y JOIN payment p ON p.payer_id = y.id"));
        assertEquals(List.of("BREACH|summary cleared when member #" + zephyrine + " was erased"),
                jdbc.column("SELECT outcome || '|' || summary FROM conduct_incident WHERE member_id = ?", zephyrine));
    }

    @Test
    void exportAndErasureAreLoggedWithIdsOnly() throws IOException {
        fixture();
        assertEquals(List.of(zephyrine + "|EXPORT||admin", zephyrine + "|ERASE|" + summary.policy() + "|admin"),
                jdbc.column("SELECT member_id || '|' || action || '|' || COALESCE(policy, '') || '|' || performed_by"
                        + " FROM privacy_event ORDER BY id"));
    }

    @Test
    void thePublishedMonthNamesThePersonNoMoreAndARevisionSaysSheLeft() throws IOException {
        fixture();
        String erased = "Erased member #" + zephyrine;
        MonthRevision first = published.revision(FEBRUARY, 1);
        assertTrue(first.content().board(MonthContent.INDIVIDUALS).stream()
                .anyMatch(e -> e.slug().equals("member-" + zephyrine) && e.name().equals(erased)));
        MonthRevision second = published.latest(FEBRUARY);
        assertEquals(2, second.revision());
        assertEquals("member #" + zephyrine + " erased", second.reason());
        BoardChanges individuals = second.changes().boards().stream()
                .filter(b -> b.board().equals(MonthContent.INDIVIDUALS)).findFirst().orElseThrow();
        assertTrue(individuals.sentences().contains(erased + " left the board (was 1st with a score of 11)"),
                individuals.sentences().toString());
        assertEquals(List.of(FEBRUARY), summary.revisedMonths());
    }

    @Test
    void theIndividualsBoardNoLongerListsThePersonWhileOthersStay() throws IOException {
        fixture();
        assertEquals(List.of("Olaf Other"), leaderboards.individuals(FEBRUARY).entries().stream()
                .map(e -> e.name()).toList());
        assertEquals("o1", jdbc.value("SELECT title FROM activity WHERE source_item_id = 'o1'"));
    }

    @Test
    void aMergedMemberIsErasedThroughTheMemberItWasMergedInto() throws IOException {
        fixture();
        ConflictException merged = assertThrows(ConflictException.class,
                () -> erasure.erase(mergedIntoHer, "admin"));
        assertTrue(merged.getMessage().contains("erase member #" + zephyrine), merged.getMessage());
        ConflictException again = assertThrows(ConflictException.class, () -> erasure.erase(zephyrine, "admin"));
        assertTrue(again.getMessage().contains("already erased"), again.getMessage());
        assertThrows(NotFoundException.class, () -> erasure.erase(987_654_321L, "admin"));
        assertEquals(1L, jdbc.count("SELECT COUNT(*) FROM privacy_event WHERE action = 'ERASE'"));
    }

    /** Where her values still are: "table.column" to the number of rows, in this test's schema. */
    Map<String, Long> hits() {
        List<String> columns = jdbc.column("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema AND LOWER(data_type) IN ('character varying', 'text',"
                + " 'character', 'character large object')");
        assertTrue(columns.size() > 40 && columns.contains("identity.email"), columns.toString());
        Map<String, Long> hits = new HashMap<>();
        for (String column : columns) {
            String[] parts = column.split("\\.");
            for (String value : PERSONAL) {
                long count = jdbc.count("SELECT COUNT(*) FROM \"" + parts[0] + "\" WHERE LOWER(\"" + parts[1]
                        + "\") LIKE ?", "%" + value.toLowerCase(Locale.ROOT) + "%");
                if (count > 0) {
                    hits.merge(column, count, Long::sum);
                }
            }
        }
        return hits;
    }

    long memberOf(String email) {
        return Long.parseLong(jdbc.value("SELECT member_id FROM identity WHERE email = ?", email));
    }

    List<String> activityRows() {
        return new ArrayList<>(jdbc.column("SELECT source_item_id || '|' || COALESCE(title, '') || '|'"
                + " || COALESCE(url, '') || '|' || COALESCE(evidence, '') || '|' || attributes || '|'"
                + " || COALESCE(CAST(organization_id AS VARCHAR), 'none') FROM activity WHERE member_id = ?"
                + " ORDER BY source_item_id", zephyrine));
    }
}
