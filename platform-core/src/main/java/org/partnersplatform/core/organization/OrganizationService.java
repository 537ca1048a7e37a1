package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.identity.Slugs;

/**
 * Organizations an administrator enters and edits: name, website, country, and the staff flag (the project's own
 * organization, left out of the rankings). The slug is made from the name once and then stays, so links keep working
 * through a rename.
 */
@Singleton
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationDomainRepository domainRepository;
    private final Organizations finder;
    private final OrganizationDomains domains;
    private final OrganizationViews views;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationDomainRepository domainRepository,
                        Organizations finder, OrganizationDomains domains, OrganizationViews views, Clock clock) {
        this.organizations = organizations;
        this.domainRepository = domainRepository;
        this.finder = finder;
        this.domains = domains;
        this.views = views;
        this.clock = clock;
    }

    /**
     * Organizations not merged into another, provisional ones first.
     *
     * @param status CONFIRMED, PROVISIONAL or DISMISSED (any case), or {@code null} for all
     */
    public List<OrganizationView> list(@Nullable String status) {
        return views.list(status == null || status.isBlank() ? null : status(status));
    }

    /** An organization by slug, merged or not. */
    public OrganizationView get(String slug) {
        return views.of(finder.bySlug(slug));
    }

    /**
     * Creates a confirmed organization with its domains; the people with an email on them are affiliated at once.
     *
     * @throws InvalidRequestException naming each wrong field or domain
     * @throws ConflictException if the slug made from the name is taken, or a domain belongs to another organization
     */
    @Transactional
    public OrganizationView create(OrganizationCommand command, List<String> domainNames) {
        Map<String, String> problems = new LinkedHashMap<>();
        OrganizationCommand valid = command.validated(problems);
        for (int i = 0; i < domainNames.size(); i++) {
            try {
                domains.validated(domainNames.get(i));
            } catch (InvalidRequestException e) {
                problems.put("domains[" + i + "]", e.problems().get("domain"));
            }
        }
        String slug = valid.name() == null ? "" : Slugs.fromName(valid.name());
        if (Slugs.reserved(slug)) {
            problems.put("name", "makes the slug \"" + slug + "\", which the pages use for themselves; add a word");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the organization is not valid", problems);
        }
        organizations.findBySlug(slug).ifPresent(existing -> {
            throw new ConflictException("an organization with the slug " + slug + " exists already: "
                    + existing.name() + "; give another name or use that one");
        });
        for (String domain : domainNames) {
            domainRepository.findByDomain(domains.validated(domain)).ifPresent(owned -> {
                throw new ConflictException("the domain " + owned.domain() + " belongs to " + domains.ownerOf(owned)
                        + "; remove it there first, or merge the organizations");
            });
        }
        Organization created = organizations.save(Organization.create(slug, valid.name(), valid.website(),
                valid.country(), OrganizationStatus.CONFIRMED, false, clock.instant()));
        for (String domain : domainNames) {
            domains.add(slug, domain);
        }
        return views.of(created);
    }

    /** Renames an organization and sets its website and country (left out = none). */
    @Transactional
    public OrganizationView update(String slug, OrganizationCommand command) {
        Organization organization = finder.editable(slug);
        OrganizationCommand valid = command.validated();
        return views.of(organizations.update(new Organization(organization.id(), organization.slug(), valid.name(),
                valid.website(), valid.country(), organization.status(), organization.staff(),
                organization.createdAt(), null)));
    }

    /** Marks an organization as the project's own staff (left out of the rankings) or not. */
    @Transactional
    public OrganizationView setStaff(String slug, boolean staff) {
        Organization organization = finder.editable(slug);
        return views.of(organizations.update(new Organization(organization.id(), organization.slug(),
                organization.name(), organization.website(), organization.country(), organization.status(), staff,
                organization.createdAt(), null)));
    }

    private static OrganizationStatus status(String value) {
        try {
            return OrganizationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("the status is not valid",
                    Map.of("status", "is CONFIRMED, PROVISIONAL or DISMISSED"));
        }
    }
}
