package org.partnersplatform.core.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.partnersplatform.core.testing.ScriptedRecords;

/**
 * A community scored by hand under {@link #POLICY}, in the last full month ({@link #LAST}) and the month before
 * ({@link #BEFORE}). Weights: commit 2 (file), pull_request_merged 5 (plugin; 1 for a small documentation pull request
 * by the file's rule), comment 1 (file) overridden to 1.5 by the tests; caps: 10 by default, 3 for comments.
 *
 * <pre>
 * BEFORE  alice@acme 1 commit = 2 · carol@globex 2 PRs = 10
 * LAST    alice@acme 12 commits (10 count) = 20, a small docs PR = 1, a large docs PR = 5 → 26 (12 contributions)
 *         bob@acme 4 comments (3 count × 1.5 = 4.5, conversations)
 *         carol@globex 5 PRs = 25 · heidi@globex 1 commit = 2 → globex 27
 *         dave@initech (provisional) 3 PRs = 15
 *         judy (independent) 4 small docs PRs = 4 (4 contributions) · ivan (independent) 2 commits = 4 (2)
 *         frank (independent) 1 commit = 2 · erin@staff (staff) 6 PRs · bender@acme (bot) 5 PRs
 * 2024-Q1 olga (independent) 12 commits in January (10 count), 3 in February → 13 count = 26
 * </pre>
 */
final class ScoringFixture {

    static final String SOURCE = "org.example.scripted";
    static final YearMonth LAST = YearMonth.now(ZoneOffset.UTC).minusMonths(1);
    static final YearMonth BEFORE = LAST.minusMonths(1);
    static final String POLICY = """
            {
              "version": "test-2024.1",
              "scoring": {
                "defaultCap": 10,
                "featured": 2,
                "types": [
                  {"source": "org.example.scripted", "type": "commit", "weight": 2},
                  {"source": "org.example.scripted", "type": "comment", "weight": 1, "cap": 3}
                ],
                "rules": [
                  {"id": "small-docs", "label": "Small documentation pull request",
                   "source": "org.example.scripted", "type": "pull_request_merged", "weight": 1,
                   "when": [{"attribute": "labels", "oneOf": ["documentation", "docs"]},
                            {"attribute": "additions", "atMost": 10}]}
                ]
              }
            }
            """;
    private static final String SMALL_DOCS = "labels=documentation,additions=5";

    private ScoringFixture() {
    }

    /** The policy in a new temporary file. */
    static Path policyFile() {
        try {
            Path file = Files.createTempFile("policy", ".json");
            Files.writeString(file, POLICY);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(InstallationService installations, SyncService syncs, OrganizationRepository organizations,
                     OrganizationDomainRepository domains) {
        organization(organizations, domains, "acme", "Acme", "acme.com", OrganizationStatus.CONFIRMED, false);
        organization(organizations, domains, "globex", "Globex", "globex.com", OrganizationStatus.CONFIRMED, false);
        organization(organizations, domains, "initech", "Initech", "initech.com", OrganizationStatus.PROVISIONAL,
                false);
        organization(organizations, domains, "staff", "Staff", "staff.org", OrganizationStatus.CONFIRMED, true);
        List<String> lines = new ArrayList<>();
        lines.add(line("b1", "commit", BEFORE, 3, "alice", "alice@acme.com", false, ""));
        lines.add(line("b2", "pull_request_merged", BEFORE, 4, "carol", "carol@globex.com", false, ""));
        lines.add(line("b3", "pull_request_merged", BEFORE, 5, "carol", "carol@globex.com", false, ""));
        for (int i = 0; i < 12; i++) {
            lines.add(line("c" + i, "commit", LAST, 1 + i, "alice", "alice@acme.com", false, ""));
        }
        lines.add(line("d1", "pull_request_merged", LAST, 14, "alice", "alice@acme.com", false, SMALL_DOCS));
        lines.add(line("d2", "pull_request_merged", LAST, 15, "alice", "alice@acme.com", false,
                "labels=documentation,additions=50"));
        for (int i = 0; i < 4; i++) {
            lines.add(line("k" + i, "comment", LAST, 2 + i, "bob", "bob@acme.com", false, ""));
        }
        for (int i = 0; i < 5; i++) {
            lines.add(line("p" + i, "pull_request_merged", LAST, 2 + i, "carol", "carol@globex.com", false, ""));
            lines.add(line("z" + i, "pull_request_merged", LAST, 2 + i, "bender", "bender@acme.com", true, ""));
        }
        lines.add(line("h1", "commit", LAST, 9, "heidi", "heidi@globex.com", false, ""));
        for (int i = 0; i < 3; i++) {
            lines.add(line("q" + i, "pull_request_merged", LAST, 10 + i, "dave", "dave@initech.com", false, ""));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(line("j" + i, "pull_request_merged", LAST, 16 + i, "judy", "judy@gmail.com", false,
                    SMALL_DOCS));
        }
        lines.add(line("i1", "commit", LAST, 20, "ivan", "ivan@gmail.com", false, ""));
        lines.add(line("i2", "commit", LAST, 21, "ivan", "ivan@gmail.com", false, ""));
        lines.add(line("f1", "commit", LAST, 22, "frank", "frank@gmail.com", false, ""));
        for (int i = 0; i < 6; i++) {
            lines.add(line("e" + i, "pull_request_merged", LAST, 3 + i, "erin", "erin@staff.org", false, ""));
        }
        for (int i = 0; i < 15; i++) {
            lines.add(line("o" + i, "commit", YearMonth.of(2024, i < 12 ? 1 : 2), 1 + i, "olga", "olga@gmail.com",
                    false, ""));
        }
        ScriptedRecords.sync(installations, syncs, SOURCE, "scoring fixture", false, lines);
    }

    private static String line(String id, String type, YearMonth month, int day, String user, String email,
                               boolean bot, String attributes) {
        Instant at = month.atDay(day).atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
        String name = Character.toUpperCase(user.charAt(0)) + user.substring(1);
        return String.join(";", id, type, at.toString(), user, name, email, Boolean.toString(bot), attributes);
    }

    private static void organization(OrganizationRepository organizations, OrganizationDomainRepository domains,
                                     String slug, String name, String domain, OrganizationStatus status,
                                     boolean staff) {
        Organization saved = organizations.save(Organization.create(slug, name, null, null, status, staff,
                Instant.now()));
        domains.save(new OrganizationDomain(null, saved.id(), domain));
    }
}
