package org.partnersplatform.core.affiliation;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationOrigin;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.EmailDomains;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports who worked where from a gitdm-like CSV, one row per email: {@code email,organization,from,to} (the
 * organization by slug, alias or name; the dates, and their columns, optional; other columns ignored). A dry run
 * reports what each row would do and changes nothing; applying does the same in one transaction, adds the ADD rows as
 * IMPORT affiliations, skips the others and recomputes each person once. Rows are checked against the existing
 * affiliations and against the rows above them, so two emails of one person with the same dates add one affiliation.
 */
@Singleton
public class AffiliationImport {

    private static final List<String> REQUIRED = List.of("email", "organization");
    private static final List<String> OPTIONAL = List.of("from", "to");
    private static final Logger LOG = LoggerFactory.getLogger(AffiliationImport.class);
    private static final int BATCH = 500;

    private final JdbcOperations jdbc;
    private final AffiliationRepository affiliations;
    private final OrganizationLookup lookup;
    private final AttributionRecompute recompute;
    private final Clock clock;

    AffiliationImport(JdbcOperations jdbc, AffiliationRepository affiliations, OrganizationLookup lookup,
                      AttributionRecompute recompute, Clock clock) {
        this.jdbc = jdbc;
        this.affiliations = affiliations;
        this.lookup = lookup;
        this.recompute = recompute;
        this.clock = clock;
    }

    /** What importing the file would do; nothing is changed. */
    @ReadOnly
    public ImportReport dryRun(String csv) {
        return ImportReport.of(false, plan(csv).stream().map(Planned::row).toList());
    }

    /**
     * Imports the file: the ADD rows are added, the others reported and skipped.
     *
     * @param by who imports, written in each added affiliation's note
     */
    @Transactional
    public ImportReport apply(String csv, String by) {
        List<ImportRow> rows = new ArrayList<>();
        Set<Long> members = new TreeSet<>();
        for (Planned planned : plan(csv)) {
            if (planned.add() == null) {
                rows.add(planned.row());
                continue;
            }
            Affiliation a = planned.add();
            Affiliation saved = affiliations.save(Affiliation.create(a.memberId(), a.organizationId(),
                    a.validFrom(), a.validTo(), AffiliationOrigin.IMPORT, clock.instant(),
                    "imported by " + by + ", line " + planned.row().line()));
            members.add(saved.memberId());
            ImportRow row = planned.row();
            rows.add(new ImportRow(row.line(), row.values(), row.outcome(),
                    "added affiliation #" + saved.id() + ": " + row.message()));
        }
        recompute.members(members, "affiliations imported by " + by);
        ImportReport report = ImportReport.of(true, rows);
        LOG.info("Affiliation import: {} rows, {} added, {} members recomputed", rows.size(),
                report.counts().get(ImportOutcome.ADD), members.size());
        return report;
    }

    private List<Planned> plan(String csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, REQUIRED, OPTIONAL);
        Map<String, List<Long>> membersByEmail = membersByEmail(rows);
        OrganizationLookup.Directory directory = lookup.directory();
        Map<Long, List<Affiliation>> held = new HashMap<>();
        Map<Affiliation, Integer> plannedLines = new IdentityHashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            Planned outcome = plan(row, membersByEmail, directory, held, plannedLines);
            if (outcome.add() != null) {
                held.get(outcome.add().memberId()).add(outcome.add());
                plannedLines.put(outcome.add(), row.line());
            }
            planned.add(outcome);
        }
        return planned;
    }

    private Planned plan(CsvTable.Row row, Map<String, List<Long>> membersByEmail,
                         OrganizationLookup.Directory directory, Map<Long, List<Affiliation>> held,
                         Map<Affiliation, Integer> plannedLines) {
        Map<String, String> values = row.values();
        Map<String, String> problems = new LinkedHashMap<>();
        String email = EmailDomains.normalise(values.get("email"));
        if (email == null || EmailDomains.domainOf(email).isEmpty()) {
            problems.put("email", "is required: an email address");
        }
        if (values.get("organization").isEmpty()) {
            problems.put("organization", "is required: a slug, alias or name");
        }
        LocalDate from = DateRanges.date(values.get("from"), "from", problems);
        LocalDate to = DateRanges.date(values.get("to"), "to", problems);
        DateRanges.ordered(from, to, problems);
        if (!problems.isEmpty()) {
            return skip(row, ImportOutcome.INVALID, String.join("; ", problems.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        List<Long> owners = membersByEmail.getOrDefault(email, List.of());
        if (owners.isEmpty()) {
            return skip(row, ImportOutcome.UNKNOWN_EMAIL, "no person has this email");
        }
        if (owners.size() > 1) {
            return skip(row, ImportOutcome.INVALID, "the email belongs to several people (members "
                    + String.join(", ", owners.stream().map(id -> "#" + id).toList()) + "); merge them first");
        }
        OrganizationLookup.Found found = directory.find(values.get("organization"));
        if (!found.found()) {
            return skip(row, ImportOutcome.UNKNOWN_ORGANIZATION, found.problem());
        }
        long memberId = owners.get(0);
        Organization organization = found.organization();
        List<Affiliation> memberAffiliations = held.computeIfAbsent(memberId,
                id -> new ArrayList<>(affiliations.findByMemberId(id)));
        Optional<Affiliation> same = memberAffiliations.stream().filter(Affiliation::counts)
                .filter(a -> a.organizationId() == organization.id() && Objects.equals(a.validFrom(), from)
                        && Objects.equals(a.validTo(), to))
                .findFirst();
        if (same.isPresent()) {
            return skip(row, ImportOutcome.UNCHANGED, plannedLines.containsKey(same.get())
                    ? "the same as line " + plannedLines.get(same.get())
                    : "the same affiliation exists (#" + same.get().id() + ")");
        }
        Optional<Affiliation> clash = AffiliationOverlaps.first(memberAffiliations, organization.id(), from, to, null);
        if (clash.isPresent()) {
            return skip(row, ImportOutcome.CONFLICT, plannedLines.containsKey(clash.get())
                    ? "overlaps line " + plannedLines.get(clash.get()) + " (the same person and organization)"
                    : "overlaps " + AffiliationOverlaps.describe(clash.get(), organization.name())
                    + "; change or delete it first");
        }
        return new Planned(new ImportRow(row.line(), values, ImportOutcome.ADD, "member #" + memberId + " with "
                + organization.name() + " (" + organization.slug() + ") " + DateRanges.describe(from, to)),
                new Affiliation(null, memberId, organization.id(), from, to, AffiliationOrigin.IMPORT,
                        clock.instant(), null, null));
    }

    private static Planned skip(CsvTable.Row row, ImportOutcome outcome, String message) {
        return new Planned(new ImportRow(row.line(), row.values(), outcome, message), null);
    }

    /** The members (not merged, not erased) holding each email of the file, a few hundred emails a query. */
    private Map<String, List<Long>> membersByEmail(List<CsvTable.Row> rows) {
        List<String> emails = rows.stream().map(r -> EmailDomains.normalise(r.values().get("email")))
                .filter(Objects::nonNull).distinct().toList();
        Map<String, List<Long>> result = new HashMap<>();
        for (int i = 0; i < emails.size(); i += BATCH) {
            List<String> batch = emails.subList(i, Math.min(emails.size(), i + BATCH));
            String placeholders = String.join(", ", batch.stream().map(e -> "?").toList());
            jdbc.prepareStatement("SELECT DISTINCT LOWER(i.email), i.member_id FROM identity i"
                    + " JOIN member m ON m.id = i.member_id WHERE m.merged_into_id IS NULL AND m.erased_at IS NULL"
                    + " AND LOWER(i.email) IN (" + placeholders + ") ORDER BY 2", statement -> {
                        for (int j = 0; j < batch.size(); j++) {
                            statement.setString(j + 1, batch.get(j));
                        }
                        try (ResultSet found = statement.executeQuery()) {
                            while (found.next()) {
                                result.computeIfAbsent(found.getString(1), e -> new ArrayList<>())
                                        .add(found.getLong(2));
                            }
                        }
                        return result;
                    });
        }
        return result;
    }

    /** A row's outcome and, for an ADD, the affiliation to add. */
    private record Planned(ImportRow row, Affiliation add) {
    }
}
