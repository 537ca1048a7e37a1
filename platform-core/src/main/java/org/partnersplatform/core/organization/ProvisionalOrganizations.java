package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.identity.Slugs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review of organizations created from an unknown company email domain: an administrator confirms one (perhaps
 * under a better name) or dismisses it, when the domain turns out not to be an organization. A dismissed domain is
 * remembered so that no later sync creates the organization again; its people become independent.
 */
@Singleton
public class ProvisionalOrganizations {

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalOrganizations.class);

    private final Organizations finder;
    private final OrganizationRepository organizations;
    private final OrganizationDomainRepository domains;
    private final DismissedDomainRepository dismissed;
    private final AffiliationRepository affiliations;
    private final DomainChanges changes;
    private final OrganizationViews views;
    private final Clock clock;

    ProvisionalOrganizations(Organizations finder, OrganizationRepository organizations,
                             OrganizationDomainRepository domains, DismissedDomainRepository dismissed,
                             AffiliationRepository affiliations, DomainChanges changes, OrganizationViews views,
                             Clock clock) {
        this.finder = finder;
        this.organizations = organizations;
        this.domains = domains;
        this.dismissed = dismissed;
        this.affiliations = affiliations;
        this.changes = changes;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Confirms a provisional organization.
     *
     * @param name its new name, or {@code null} to keep the one made from the domain
     */
    @Transactional
    public OrganizationView confirm(String slug, @Nullable String name) {
        Organization organization = provisional(slug, "confirmed");
        String newName = organization.name();
        if (name != null && !name.isBlank()) {
            Map<String, String> problems = new HashMap<>();
            newName = OrganizationCommand.name(name, "name", problems);
            if (!problems.isEmpty()) {
                throw new InvalidRequestException("the name is not valid", problems);
            }
        }
        return views.of(organizations.update(new Organization(organization.id(), organization.slug(), newName,
                organization.website(), organization.country(), OrganizationStatus.CONFIRMED, organization.staff(),
                organization.createdAt(), null)));
    }

    /**
     * Creates a provisional organization under a name someone gave (a partner application for an organization the
     * platform does not know yet), for an administrator to confirm or dismiss like one made from an email domain.
     *
     * @throws InvalidRequestException if the name is not valid
     * @throws ConflictException if the slug made from the name is taken: the caller should name that organization
     */
    @Transactional
    public Organization named(String name) {
        Map<String, String> problems = new HashMap<>();
        String valid = OrganizationCommand.name(name, "organizationName", problems);
        String slug = valid == null ? "" : Slugs.fromName(valid);
        if (problems.isEmpty() && Slugs.reserved(slug)) {
            problems.put("organizationName", "makes the slug \"" + slug + "\", which the pages use for themselves;"
                    + " add a word");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the organization name is not valid", problems);
        }
        organizations.findBySlug(slug).ifPresent(existing -> {
            throw new ConflictException("an organization with the slug " + slug + " exists already: "
                    + existing.name() + "; name it by its slug instead");
        });
        Organization created = organizations.save(Organization.create(slug, valid, null, null,
                OrganizationStatus.PROVISIONAL, false, clock.instant()));
        LOG.info("Created the provisional organization {} from a name given by an applicant", created.slug());
        return created;
    }

    /**
     * Dismisses a provisional organization: its automatic affiliations are deleted, its domains are remembered as
     * dismissed, and its people are affiliated again by their other emails or become independent.
     *
     * @throws ConflictException if an affiliation a person set points to it (move or delete those first)
     */
    @Transactional
    public OrganizationView dismiss(String slug) {
        Organization organization = provisional(slug, "dismissed");
        List<Affiliation> held = affiliations.findByOrganizationId(organization.id());
        long setByHand = held.stream().filter(a -> !a.origin().automatic()).count();
        if (setByHand > 0) {
            throw new ConflictException(organization.slug() + " has " + setByHand + " affiliation(s) a person set;"
                    + " change or delete them first, or merge it into another organization instead");
        }
        affiliations.deleteAll(held);
        List<OrganizationDomain> owned = domains.findByOrganizationIdOrderByDomain(organization.id());
        for (OrganizationDomain domain : owned) {
            domains.delete(domain);
            dismissed.save(new DismissedDomain(domain.domain(), clock.instant()));
        }
        Organization saved = organizations.update(new Organization(organization.id(), organization.slug(),
                organization.name(), organization.website(), organization.country(), OrganizationStatus.DISMISSED,
                organization.staff(), organization.createdAt(), null));
        changes.reapply(owned.stream().map(OrganizationDomain::domain).toList(),
                held.stream().map(Affiliation::memberId).toList(),
                "organization " + organization.slug() + " dismissed");
        LOG.info("Dismissed the provisional organization {} ({} automatic affiliations removed)", organization.id(),
                held.size());
        return views.of(saved);
    }

    private Organization provisional(String slug, String what) {
        Organization organization = finder.editable(slug);
        if (organization.status() != OrganizationStatus.PROVISIONAL) {
            throw new ConflictException(organization.slug() + " is "
                    + organization.status().name().toLowerCase(Locale.ROOT)
                    + ", not provisional: only a provisional organization is " + what);
        }
        return organization;
    }
}
