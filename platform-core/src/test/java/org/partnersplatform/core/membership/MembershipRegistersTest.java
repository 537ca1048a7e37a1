package org.partnersplatform.core.membership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.access.AccountService;
import org.partnersplatform.core.access.Role;
import org.partnersplatform.core.access.UserCommand;
import org.partnersplatform.core.access.UserService;
import org.partnersplatform.core.conduct.ConductRegister;
import org.partnersplatform.core.conduct.IncidentCommand;
import org.partnersplatform.core.conduct.IncidentView;
import org.partnersplatform.core.conduct.Outcome;
import org.partnersplatform.core.eligibility.GrandfatheringSuggestion;
import org.partnersplatform.core.eligibility.GrandfatheringSuggestions;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Memberships, grandfathered sponsorships (recorded and suggested), the code-of-conduct register and users, under the
 * built-in (Mautic) policy: grandfathering at USD 100 a month before 2023-12-12.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembershipRegistersTest implements TestPropertyProvider {

    private Jdbc jdbc;

    @Inject
    MembershipService memberships;

    @Inject
    GrandfatheringService grandfathering;

    @Inject
    GrandfatheringSuggestions suggestions;

    @Inject
    ConductRegister register;

    @Inject
    UserService users;

    @Inject
    AccountService accounts;

    @Inject
    OrganizationRepository organizations;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CoreTestProperties.with(TestPluginJars.newDirectory());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private long organization(String slug) {
        return organizations.findBySlug(slug).map(Organization::id).orElseGet(() -> organizations.save(
                Organization.create(slug, slug.toUpperCase(), null, "USA", OrganizationStatus.CONFIRMED, false,
                        Instant.now())).id());
    }

    @Test
    void membershipsOfOneKindNeverOverlapAndEndAfterTheyStart() {
        organization("member-a");
        Membership gold = memberships.create("member-a", new MembershipCommand("corporate member", "gold",
                "2026-01-01", null, "agreement 2026-01"), "admin");
        assertEquals("corporate member, gold, from 2026-01-01 on", gold.describe());
        ConflictException overlap = assertThrows(ConflictException.class, () -> memberships.create("member-a",
                new MembershipCommand("Corporate Member", null, "2026-06-01", "2026-12-31", null), "admin"));
        assertTrue(overlap.getMessage().contains("would overlap membership " + gold.id()), overlap.getMessage());
        memberships.create("member-a", new MembershipCommand("individual supporter", null, "2026-06-01", null, null),
                "admin");

        InvalidRequestException early = assertThrows(InvalidRequestException.class, () ->
                memberships.end("member-a", gold.id(), "2026-01-01"));
        assertEquals(Map.of("endsOn", "is after startsOn (2026-01-01)"), early.problems());
        Membership ended = memberships.end("member-a", gold.id(), "2026-05-31");
        assertEquals(LocalDate.of(2026, 5, 31), ended.endsOn());
        memberships.create("member-a", new MembershipCommand("corporate member", "silver", "2026-06-01", null, null),
                "admin");
        assertEquals(List.of("corporate member, gold, from 2026-01-01 to 2026-05-31",
                        "individual supporter, from 2026-06-01 on", "corporate member, silver, from 2026-06-01 on"),
                memberships.list("member-a").stream().map(Membership::describe).toList());

        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> memberships.create(
                "member-a", new MembershipCommand(" ", null, "June", null, null), "admin"));
        assertEquals(Map.of("kind", "is required", "startsOn", "\"June\" is not a date YYYY-MM-DD"), bad.problems());
        assertThrows(NotFoundException.class, () -> memberships.end("nobody", gold.id(), "2026-12-31"));
        organization("member-b");
        assertThrows(NotFoundException.class, () -> memberships.end("member-b", gold.id(), "2026-12-31"));
    }

    @Test
    void grandfatheringFollowsThePolicysRuleAndIsSuggestedFromPaymentsBeforeTheCutOff() {
        long early = organization("early-sponsor");
        long late = organization("late-sponsor");
        payment(early, "e1", "120", "2023-10-05T12:00:00Z", "MONTHLY");
        payment(early, "e2", "120", "2023-11-05T12:00:00Z", "MONTHLY");
        payment(late, "l1", "120", "2023-12-20T12:00:00Z", "MONTHLY");
        List<GrandfatheringSuggestion> suggested = suggestions.suggestions();
        assertEquals(List.of(new GrandfatheringSuggestion("early-sponsor", "EARLY-SPONSOR", YearMonth.of(2023, 10),
                new BigDecimal("120.00"))), suggested);
        assertTrue(suggestions.suggestion("late-sponsor").isEmpty());

        InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> grandfathering.record(
                "early-sponsor", new GrandfatheringCommand("80", "2023-12-12", ""), "admin"));
        assertEquals(Map.of("monthlyUsd", "is at least 100, the policy's minimum for grandfathering",
                "since", "is before 2023-12-12, the policy's cut-off",
                "evidence", "says what the sponsorship is shown by, in 1 to 2000 characters"), refused.problems());
        GrandfatheredSponsorship recorded = grandfathering.record("early-sponsor",
                new GrandfatheringCommand("120", "2023-10-05", "Open Collective ledger, Oct 2023"), "admin");
        assertEquals(new BigDecimal("120.00"), recorded.monthlyUsd());
        assertEquals("admin", recorded.createdBy());
        assertTrue(suggestions.suggestion("early-sponsor").isEmpty());
        assertThrows(ConflictException.class, () -> grandfathering.record("early-sponsor",
                new GrandfatheringCommand("120", "2023-10-05", "again"), "admin"));
    }

    @Test
    void theConductRegisterRecordsAndUpdatesIncidentsAndChecksEveryField() {
        organization("conduct-org");
        IncidentView recorded = register.record(new IncidentCommand("conduct-org", null, "2026-03-04", null,
                "Harassment reported in the forum"), "reviewer");
        assertEquals(Outcome.PENDING, recorded.outcome());
        assertEquals("conduct-org", recorded.organizationSlug());
        IncidentView decided = register.update(recorded.id(), new IncidentCommand("conduct-org", null, "2026-03-04",
                "breach", "Harassment reported in the forum; confirmed"));
        assertEquals(Outcome.BREACH, decided.outcome());
        assertEquals("reviewer", decided.recordedBy());
        assertTrue(register.list().stream().anyMatch(i -> i.id() == recorded.id() && i.outcome() == Outcome.BREACH));
        assertFalse(decided.toString().contains("Harassment"));

        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> register.record(
                new IncidentCommand(null, null, "2999-01-01", "guilty", " "), "reviewer"));
        assertEquals(Map.of("organization", "or memberId is required: whom the incident is against",
                "occurredOn", "is not in the future", "outcome", "is one of PENDING, BREACH, NO_BREACH",
                "summary", "says what happened, in 1 to 4000 characters"), bad.problems());
        assertThrows(NotFoundException.class, () -> register.update(999_999, new IncidentCommand("conduct-org", null,
                "2026-03-04", null, "x")));
    }

    @Test
    void administratorsCreateUsersWithARoleAndAPasswordThatFollowsTheRules() {
        assertEquals(Role.REVIEWER, users.create(new UserCommand("rita", "a long enough secret", "reviewer"),
                "admin").role());
        assertTrue(accounts.authenticate("rita", "a long enough secret").isPresent());
        assertThrows(ConflictException.class, () -> users.create(new UserCommand("rita",
                "another long secret", "ADMIN"), "admin"));
        InvalidRequestException bad = assertThrows(InvalidRequestException.class, () -> users.create(
                new UserCommand("Rita Smith", "short", "OWNER"), "admin"));
        assertEquals(Map.of("username", "is 2 to 100 lowercase letters, digits, '.', '_' or '-', starting with a"
                        + " letter or digit", "password", "has at least 12 characters other than leading or trailing"
                        + " spaces", "role", "is one of ADMIN, TEAM_LEAD, REVIEWER"), bad.problems());
        assertFalse(bad.getMessage().contains("short"));
        assertTrue(users.list().stream().anyMatch(u -> u.username().equals("rita")));
    }

    private void payment(long organizationId, String key, String usd, String paidAt, String recurrence) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.count("SELECT COUNT(*) FROM payer WHERE account_id = ?", "payer-" + organizationId) == 0) {
            jdbc.update("INSERT INTO payer (origin, account_id, organization_id, individual, created_at)"
                    + " VALUES ('manual', ?, ?, FALSE, ?)", "payer-" + organizationId, organizationId, now);
        }
        long payer = Long.parseLong(jdbc.value("SELECT id FROM payer WHERE account_id = ?", "payer-" + organizationId));
        jdbc.update("INSERT INTO payment (origin, payment_key, payer_id, amount, currency, usd_amount, paid_at,"
                + " recurrence, created_at, updated_at) VALUES ('manual', ?, ?, ?, 'USD', ?, ?, ?, ?, ?)", key, payer,
                new BigDecimal(usd), new BigDecimal(usd), Timestamp.from(Instant.parse(paidAt)), recurrence, now, now);
    }
}
