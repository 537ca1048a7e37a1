package org.partnersplatform.core.eligibility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testing.ScriptedRecords;

/**
 * Organizations decided on {@link #AS_OF} (2026-11-23: the windows are August, September and October 2026), each
 * showing one thing:
 * <pre>
 * org        country contributions (Aug/Sep/Oct)  payments (USD Aug/Sep/Oct)   other
 * allgood    USA     2 / 1 / 1                     100 / 100 / 100             a breach 13 months before: aged out
 * slacker    USA     2 / 0 / 1                     100 / 100 / 100
 * gappy      USA     1 / 1 / 1                     100 /   0 / 120
 * usco       USA     1 / 1 / 1                      60 /  60 /  60
 * vietco     VNM     1 / 1 / 1                      60 /  60 /  60
 * breached   -       1 / 1 / 1                     yearly 1200 in July      a breach against a member 11 months before
 * memberco   DEU     1 / 1 / 1                     -                        a corporate membership from 2026-01-01
 * legacy     USA     -                             -                        grandfathered USD 150 since 2023-06-01
 * </pre>
 * Besides: a bot's commit, a comment and a November commit for allgood (never counted in the window), an unconverted
 * EUR payment for gappy in September, and a pending incident and one found to be no breach against breached.
 */
final class EligibilityFixture {

    static final String SOURCE = "org.example.scripted";
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final YearMonth AUG = YearMonth.of(2026, 8);
    static final YearMonth SEP = YearMonth.of(2026, 9);
    static final YearMonth OCT = YearMonth.of(2026, 10);
    static final String POLICY = """
            {
              "version": "eligibility-test-1",
              "scoring": {"defaultCap": 10},
              "partnership": {
                "practical": {"months": 3, "minimumContributions": 1},
                "financial": {
                  "months": 3, "baseAmount": 100, "currency": "USD", "indexEdition": "2021-01-01",
                  "membershipsCount": true,
                  "grandfathering": {"minimumMonthly": 100, "startedBefore": "2023-12-12", "eligibleUntil": "2024-12-12"}
                },
                "conduct": {"months": 12}
              }
            }
            """;

    private EligibilityFixture() {
    }

    /** A policy in a new temporary file. */
    static Path policyFile(String policy) {
        try {
            Path file = Files.createTempFile("policy", ".json");
            Files.writeString(file, policy);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(InstallationService installations, SyncService syncs, OrganizationRepository organizations,
                     OrganizationDomainRepository domains, Jdbc jdbc) {
        long allgood = organization(organizations, domains, "allgood", "All Good", "USA");
        long slacker = organization(organizations, domains, "slacker", "Slacker", "USA");
        long gappy = organization(organizations, domains, "gappy", "Gappy", "USA");
        long usco = organization(organizations, domains, "usco", "US Co", "USA");
        long vietco = organization(organizations, domains, "vietco", "Viet Co", "VNM");
        long breached = organization(organizations, domains, "breached", "Breached", null);
        long memberco = organization(organizations, domains, "memberco", "Member Co", "DEU");
        long legacy = organization(organizations, domains, "legacy", "Legacy", "USA");

        List<String> lines = new ArrayList<>();
        lines.add(line("a1", "commit", AUG, 3, "alice", "allgood", false));
        lines.add(line("a2", "pull_request_merged", AUG, 4, "alice", "allgood", false));
        lines.add(line("a3", "commit", SEP, 5, "alice", "allgood", false));
        lines.add(line("a4", "commit", OCT, 31, "alice", "allgood", false));
        lines.add(line("a5", "comment", SEP, 6, "alice", "allgood", false));
        lines.add(line("a6", "commit", SEP, 7, "robot", "allgood", true));
        lines.add(line("a7", "commit", YearMonth.of(2026, 11), 2, "alice", "allgood", false));
        lines.add(line("s1", "commit", AUG, 3, "sam", "slacker", false));
        lines.add(line("s2", "commit", AUG, 4, "sam", "slacker", false));
        lines.add(line("s3", "comment", SEP, 4, "sam", "slacker", false));
        lines.add(line("s4", "commit", OCT, 1, "sam", "slacker", false));
        for (String org : List.of("gappy", "usco", "vietco", "breached", "memberco")) {
            for (YearMonth month : List.of(AUG, SEP, OCT)) {
                lines.add(line(org + month, "commit", month, 10, "dev", org, false));
            }
        }
        ScriptedRecords.sync(installations, syncs, SOURCE, "eligibility fixture", false, lines);

        for (YearMonth month : List.of(AUG, SEP, OCT)) {
            payment(jdbc, allgood, "allgood-" + month, "100", "USD", "100", month, "MONTHLY");
            payment(jdbc, slacker, "slacker-" + month, "100", "USD", "100", month, "MONTHLY");
            payment(jdbc, usco, "usco-" + month, "60", "USD", "60", month, "MONTHLY");
            payment(jdbc, vietco, "vietco-" + month, "60", "USD", "60", month, "MONTHLY");
        }
        payment(jdbc, gappy, "gappy-aug", "100", "USD", "100", AUG, "MONTHLY");
        payment(jdbc, gappy, "gappy-sep", "90", "EUR", null, SEP, "ONE_TIME");
        payment(jdbc, gappy, "gappy-oct", "120", "USD", "120", OCT, "ONE_TIME");
        payment(jdbc, breached, "breached-year", "1200", "USD", "1200", YearMonth.of(2026, 7), "YEARLY");

        jdbc.update("INSERT INTO membership (organization_id, kind, tier, starts_on, ends_on, note, created_by,"
                + " created_at) VALUES (?, 'corporate member', 'gold', DATE '2026-01-01', NULL, NULL, 'admin', ?)",
                memberco, Timestamp.from(Instant.now()));
        jdbc.update("INSERT INTO grandfathered_sponsorship (organization_id, monthly_usd, since, evidence, created_by,"
                + " created_at) VALUES (?, 150, DATE '2023-06-01', 'Open Collective ledger', 'admin', ?)", legacy,
                Timestamp.from(Instant.now()));

        long devOfBreached = Long.parseLong(jdbc.value("SELECT member_id FROM identity WHERE email = ?",
                "dev@breached.test"));
        incident(jdbc, null, devOfBreached, AS_OF.minusMonths(11), "BREACH");
        incident(jdbc, breached, null, AS_OF.minusMonths(11).plusDays(2), "NO_BREACH");
        incident(jdbc, breached, null, AS_OF.minusMonths(2), "PENDING");
        incident(jdbc, allgood, null, AS_OF.minusMonths(13), "BREACH");
    }

    private static long organization(OrganizationRepository organizations, OrganizationDomainRepository domains,
                                     String slug, String name, String country) {
        Organization saved = organizations.save(Organization.create(slug, name, null, country,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), slug + ".test"));
        return saved.id();
    }

    private static String line(String id, String type, YearMonth month, int day, String user, String org,
                               boolean bot) {
        Instant at = month.atDay(day).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        return String.join(";", id, type, at.toString(), user + "-" + org, user, user + "@" + org + ".test",
                Boolean.toString(bot));
    }

    private static void payment(Jdbc jdbc, long organizationId, String key, String amount, String currency,
                                String usd, YearMonth month, String recurrence) {
        Timestamp now = Timestamp.from(Instant.now());
        if (jdbc.count("SELECT COUNT(*) FROM payer WHERE account_id = ?", "payer-" + organizationId) == 0) {
            jdbc.update("INSERT INTO payer (origin, account_id, name, organization_id, matched_by, individual,"
                    + " created_at) VALUES ('manual', ?, ?, ?, 'ADMIN', FALSE, ?)", "payer-" + organizationId,
                    "payer " + organizationId, organizationId, now);
        }
        long payer = Long.parseLong(jdbc.value("SELECT id FROM payer WHERE account_id = ?", "payer-" + organizationId));
        jdbc.update("INSERT INTO payment (origin, payment_key, payer_id, amount, currency, usd_amount, paid_at,"
                + " recurrence, created_at, updated_at) VALUES ('manual', ?, ?, ?, ?, ?, ?, ?, ?, ?)", key, payer,
                new BigDecimal(amount), currency, usd == null ? null : new BigDecimal(usd),
                Timestamp.from(month.atDay(15).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)), recurrence, now,
                now);
    }

    private static void incident(Jdbc jdbc, Long organizationId, Long memberId, LocalDate day, String outcome) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO conduct_incident (organization_id, member_id, occurred_on, outcome, summary,"
                + " recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, 'details for reviewers only',"
                + " 'reviewer', ?, ?)", organizationId, memberId, day, outcome, now, now);
    }
}
