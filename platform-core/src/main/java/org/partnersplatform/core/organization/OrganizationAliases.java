package org.partnersplatform.core.organization;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;

/**
 * Other names of organizations. A spelling names one organization only: an alias may not repeat another
 * organization's alias, name or slug, so that a lookup by name never has two answers because of an alias.
 */
@Singleton
public class OrganizationAliases {

    private final Organizations organizations;
    private final OrganizationRepository organizationRepository;
    private final OrganizationAliasRepository aliases;

    OrganizationAliases(Organizations organizations, OrganizationRepository organizationRepository,
                        OrganizationAliasRepository aliases) {
        this.organizations = organizations;
        this.organizationRepository = organizationRepository;
        this.aliases = aliases;
    }

    /**
     * Adds an alias; one the organization already has changes nothing.
     *
     * @throws InvalidRequestException if the alias is empty or too long, or is the organization's own name
     * @throws ConflictException naming the other organization the spelling belongs to
     */
    @Transactional
    public OrganizationAlias add(String slug, String alias) {
        Organization organization = organizations.editable(slug);
        Map<String, String> problems = new HashMap<>();
        String name = OrganizationCommand.name(alias, "alias", problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the alias is not valid", problems);
        }
        String normalised = OrganizationNames.normalise(name);
        Optional<OrganizationAlias> existing = aliases.findByNormalised(normalised);
        if (existing.isPresent()) {
            if (existing.get().organizationId().equals(organization.id())) {
                return existing.get();
            }
            Organization other = organizationRepository.findById(existing.get().organizationId()).orElseThrow();
            throw new ConflictException("\"" + existing.get().alias() + "\" is already an alias of " + other.name()
                    + " (" + other.slug() + ")");
        }
        if (OrganizationNames.normalise(organization.name()).equals(normalised)) {
            throw new InvalidRequestException("the alias is not valid",
                    Map.of("alias", "is the organization's own name"));
        }
        String asSlug = name.toLowerCase(Locale.ROOT);
        for (Organization other : organizationRepository.findByMergedIntoIdIsNullOrderByName()) {
            if (!other.id().equals(organization.id()) && other.status() != OrganizationStatus.DISMISSED
                    && (OrganizationNames.normalise(other.name()).equals(normalised) || other.slug().equals(asSlug))) {
                throw new ConflictException("\"" + name + "\" names " + other.name() + " (" + other.slug()
                        + "); merge the organizations instead");
            }
        }
        return aliases.save(new OrganizationAlias(null, organization.id(), name, normalised));
    }

    /**
     * Removes an alias, found by any spelling of it.
     *
     * @throws NotFoundException if the organization has no such alias
     */
    @Transactional
    public void remove(String slug, String alias) {
        Organization organization = organizations.editable(slug);
        OrganizationAlias existing = aliases.findByNormalised(OrganizationNames.normalise(alias == null ? "" : alias))
                .filter(a -> a.organizationId().equals(organization.id()))
                .orElseThrow(() -> new NotFoundException(organization.slug() + " has no alias \"" + alias + "\""));
        aliases.delete(existing);
    }
}
