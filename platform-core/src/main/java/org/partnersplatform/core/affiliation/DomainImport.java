package org.partnersplatform.core.affiliation;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.organization.OrganizationDomains;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports organization domains from CSV, {@code organization,domain} (the organization by slug, alias or name). A
 * domain owned by another organization is a CONFLICT; one the organization has already is UNCHANGED. Applying adds
 * the ADD rows in one transaction and re-applies the domain rule to the people on them once.
 */
@Singleton
public class DomainImport {

    static final List<String> COLUMNS = List.of("organization", "domain");
    private static final Logger LOG = LoggerFactory.getLogger(DomainImport.class);

    private final OrganizationDomainRepository domains;
    private final OrganizationDomains organizationDomains;
    private final OrganizationLookup lookup;

    DomainImport(OrganizationDomainRepository domains, OrganizationDomains organizationDomains,
                 OrganizationLookup lookup) {
        this.domains = domains;
        this.organizationDomains = organizationDomains;
        this.lookup = lookup;
    }

    /** What importing the file would do; nothing is changed. */
    @ReadOnly
    public ImportReport dryRun(String csv) {
        return ImportReport.of(false, plan(csv).stream().map(Planned::row).toList());
    }

    /** Imports the file: the ADD rows are added, the others reported and skipped. */
    @Transactional
    public ImportReport apply(String csv, String by) {
        List<Planned> planned = plan(csv);
        List<OrganizationDomain> added = planned.stream().map(Planned::add).filter(Objects::nonNull).toList();
        organizationDomains.addAll(added, "domains imported by " + by);
        ImportReport report = ImportReport.of(true, planned.stream().map(Planned::row).toList());
        LOG.info("Domain import: {} rows, {} domains added", planned.size(), added.size());
        return report;
    }

    private List<Planned> plan(String csv) {
        List<CsvTable.Row> rows = CsvTable.read(csv, COLUMNS, List.of());
        OrganizationLookup.Directory directory = lookup.directory();
        Map<String, Planned> earlier = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            Planned outcome = plan(row, directory, earlier);
            if (outcome.add() != null) {
                earlier.put(outcome.add().domain(), outcome);
            }
            planned.add(outcome);
        }
        return planned;
    }

    private Planned plan(CsvTable.Row row, OrganizationLookup.Directory directory, Map<String, Planned> earlier) {
        String domain;
        try {
            domain = organizationDomains.validated(row.values().get("domain"));
        } catch (InvalidRequestException e) {
            return skip(row, ImportOutcome.INVALID, "domain: " + e.problems().get("domain"));
        }
        if (row.values().get("organization").isEmpty()) {
            return skip(row, ImportOutcome.INVALID, "organization: is required: a slug, alias or name");
        }
        OrganizationLookup.Found found = directory.find(row.values().get("organization"));
        if (!found.found()) {
            return skip(row, ImportOutcome.UNKNOWN_ORGANIZATION, found.problem());
        }
        long organizationId = found.organization().id();
        Planned above = earlier.get(domain);
        if (above != null) {
            return above.add().organizationId() == organizationId
                    ? skip(row, ImportOutcome.UNCHANGED, "the same as line " + above.row().line())
                    : skip(row, ImportOutcome.CONFLICT, "line " + above.row().line() + " gives " + domain
                            + " to another organization");
        }
        Optional<OrganizationDomain> owned = domains.findByDomain(domain);
        if (owned.isPresent()) {
            return owned.get().organizationId() == organizationId
                    ? skip(row, ImportOutcome.UNCHANGED, found.organization().slug() + " has " + domain + " already")
                    : skip(row, ImportOutcome.CONFLICT, domain + " belongs to "
                            + organizationDomains.ownerOf(owned.get()));
        }
        return new Planned(new ImportRow(row.line(), row.values(), ImportOutcome.ADD, "adds " + domain + " to "
                + found.organization().name() + " (" + found.organization().slug() + ")"),
                new OrganizationDomain(null, organizationId, domain));
    }

    private static Planned skip(CsvTable.Row row, ImportOutcome outcome, String message) {
        return new Planned(new ImportRow(row.line(), row.values(), outcome, message), null);
    }

    /** A row's outcome and, for an ADD, the domain to add. */
    private record Planned(ImportRow row, OrganizationDomain add) {
    }
}
