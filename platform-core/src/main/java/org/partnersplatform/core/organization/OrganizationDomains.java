package org.partnersplatform.core.organization;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.EmailDomains;
import org.partnersplatform.core.identity.FreeMailDomains;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;

/**
 * The email domains of an organization. Adding or removing one re-applies the domain rule to the people with an
 * email on it, so their activities move at once; a dismissed domain given to an organization is no longer dismissed.
 */
@Singleton
public class OrganizationDomains {

    private final Organizations organizations;
    private final OrganizationRepository organizationRepository;
    private final OrganizationDomainRepository domains;
    private final DismissedDomainRepository dismissed;
    private final FreeMailDomains freeMail;
    private final DomainChanges changes;

    OrganizationDomains(Organizations organizations, OrganizationRepository organizationRepository,
                        OrganizationDomainRepository domains, DismissedDomainRepository dismissed,
                        FreeMailDomains freeMail, DomainChanges changes) {
        this.organizations = organizations;
        this.organizationRepository = organizationRepository;
        this.domains = domains;
        this.dismissed = dismissed;
        this.freeMail = freeMail;
        this.changes = changes;
    }

    /**
     * Gives an organization a domain; adding a domain it already has changes nothing.
     *
     * @throws InvalidRequestException if the domain is not a domain name, or is personal mail
     * @throws ConflictException naming the organization that owns the domain already
     */
    @Transactional
    public OrganizationDomain add(String slug, String domain) {
        Organization organization = organizations.editable(slug);
        String name = validated(domain);
        Optional<OrganizationDomain> owned = domains.findByDomain(name);
        if (owned.isPresent()) {
            if (owned.get().organizationId().equals(organization.id())) {
                return owned.get();
            }
            throw new ConflictException("the domain " + name + " belongs to " + ownerOf(owned.get())
                    + "; remove it there first, or merge the organizations");
        }
        OrganizationDomain saved = domains.save(new OrganizationDomain(null, organization.id(), name));
        dismissed.deleteById(name);
        changes.reapply(List.of(name), List.of(), "domain " + name + " added to " + organization.slug());
        return saved;
    }

    /**
     * Takes a domain from an organization; its people are affiliated again by their other emails, if any.
     *
     * @throws NotFoundException if the organization does not have the domain
     */
    @Transactional
    public void remove(String slug, String domain) {
        Organization organization = organizations.editable(slug);
        String name = EmailDomains.domainName(domain).orElse(domain == null ? "" : domain.strip());
        OrganizationDomain owned = domains.findByDomain(name)
                .filter(d -> d.organizationId().equals(organization.id()))
                .orElseThrow(() -> new NotFoundException(organization.slug() + " has no domain " + name));
        domains.delete(owned);
        changes.reapply(List.of(name), List.of(), "domain " + name + " removed from " + organization.slug());
    }

    /**
     * Adds many domains at once (an import), re-applying the domain rule once for all of them. Each must be
     * {@link #validated} and owned by no organization.
     *
     * @param reason what changed, for the record of published months
     */
    @Transactional
    public void addAll(List<OrganizationDomain> added, String reason) {
        for (OrganizationDomain domain : added) {
            domains.save(domain);
            dismissed.deleteById(domain.domain());
        }
        changes.reapply(added.stream().map(OrganizationDomain::domain).toList(), List.of(), reason);
    }

    /**
     * A domain name as stored: trimmed and lower-cased.
     *
     * @throws InvalidRequestException if it is not a domain name, or is personal mail
     */
    public String validated(String domain) {
        String name = EmailDomains.domainName(domain).orElseThrow(() -> new InvalidRequestException(
                "the domain is not valid", Map.of("domain", "is a domain name such as acme.com")));
        if (freeMail.isFreeMail(name)) {
            throw new InvalidRequestException("the domain is not valid", Map.of("domain",
                    name + " is personal mail: the people who use it are independent"));
        }
        return name;
    }

    /** "Acme (acme)": who owns a domain, for messages. */
    public String ownerOf(OrganizationDomain domain) {
        Organization owner = organizationRepository.findById(domain.organizationId()).orElseThrow();
        return owner.name() + " (" + owner.slug() + ")";
    }
}
