package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Affiliates a member with an organization by the domain of their email: a known organization domain (or a parent of
 * it) wins; personal mail means independent; an unknown company domain creates a provisional organization named
 * after the domain when the installation allows it.
 */
@Singleton
public class DomainAffiliations {

    private static final Logger LOG = LoggerFactory.getLogger(DomainAffiliations.class);

    private final OrganizationDomainRepository domains;
    private final OrganizationRepository organizations;
    private final AffiliationRepository affiliations;
    private final FreeMailDomains freeMail;
    private final Clock clock;

    public DomainAffiliations(OrganizationDomainRepository domains, OrganizationRepository organizations,
                              AffiliationRepository affiliations, FreeMailDomains freeMail, Clock clock) {
        this.domains = domains;
        this.organizations = organizations;
        this.affiliations = affiliations;
        this.freeMail = freeMail;
        this.clock = clock;
    }

    /**
     * Gives a member with no affiliation yet an open-ended one from their email's domain, when it names an
     * organization. Members who already have an affiliation are left alone: it may have been set by hand.
     */
    public void affiliateByEmail(long memberId, String email, boolean createProvisional) {
        Optional<String> domain = EmailDomains.domainOf(email);
        if (domain.isEmpty() || freeMail.isFreeMail(domain.get())) {
            return;
        }
        if (!affiliations.findByMemberId(memberId).isEmpty()) {
            return;
        }
        organizationFor(domain.get(), createProvisional).ifPresent(organizationId -> affiliations.save(
                Affiliation.create(memberId, organizationId, null, null, AffiliationOrigin.EMAIL_DOMAIN,
                        clock.instant(), "email domain " + domain.get())));
    }

    /**
     * A slug no organization has yet. An existing organization with the same slug is never reused: its name only
     * looks like the domain, and attaching the domain to it would hand it other people's work.
     */
    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; organizations.findBySlug(slug).isPresent(); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private Optional<Long> organizationFor(String domain, boolean createProvisional) {
        List<String> candidates = EmailDomains.selfAndParents(domain);
        List<OrganizationDomain> known = domains.findByDomainInList(candidates);
        for (String candidate : candidates) {
            for (OrganizationDomain match : known) {
                if (match.domain().equals(candidate)) {
                    return Optional.of(match.organizationId());
                }
            }
        }
        if (!createProvisional) {
            return Optional.empty();
        }
        Organization organization = organizations.save(Organization.create(freeSlug(Slugs.fromDomain(domain)),
                domain, "https://" + domain, null, OrganizationStatus.PROVISIONAL, false, clock.instant()));
        domains.save(new OrganizationDomain(null, organization.id(), domain));
        LOG.info("Created the provisional organization {} for the email domain {}", organization.slug(), domain);
        return Optional.of(organization.id());
    }
}
