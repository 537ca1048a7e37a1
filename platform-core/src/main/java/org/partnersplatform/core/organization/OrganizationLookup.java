package org.partnersplatform.core.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;

/**
 * Finds the organization a person names in an import or a claim: by slug, then alias, then name (spelling,
 * accents and punctuation aside). A slug of an organization merged into another finds the one it was merged into; a
 * dismissed organization is found by no spelling.
 */
@Singleton
public class OrganizationLookup {

    private final OrganizationRepository organizations;
    private final OrganizationAliasRepository aliases;

    OrganizationLookup(OrganizationRepository organizations, OrganizationAliasRepository aliases) {
        this.organizations = organizations;
        this.aliases = aliases;
    }

    /** Every organization and alias as they are now, to resolve many names with two queries. */
    @ReadOnly
    public Directory directory() {
        Map<Long, Organization> byId = new HashMap<>();
        organizations.findAll().forEach(o -> byId.put(o.id(), o));
        Map<String, Long> aliasIds = new HashMap<>();
        aliases.findAll().forEach(a -> aliasIds.put(a.normalised(), a.organizationId()));
        return new Directory(byId, aliasIds);
    }

    /** One name resolved. */
    @ReadOnly
    public Found find(String text) {
        return directory().find(text);
    }

    /**
     * What a name resolved to.
     *
     * @param organization the organization found, or {@code null}
     * @param problem why none was found, when none was
     */
    public record Found(@Nullable Organization organization, @Nullable String problem) {

        public boolean found() {
            return organization != null;
        }
    }

    /** The organizations and aliases of one moment, resolving names without further queries. */
    public static final class Directory {

        private final Map<Long, Organization> byId;
        private final Map<String, Organization> bySlug = new HashMap<>();
        private final Map<String, Long> aliases;
        private final Map<String, List<Organization>> byName = new HashMap<>();

        private Directory(Map<Long, Organization> byId, Map<String, Long> aliases) {
            this.byId = byId;
            this.aliases = aliases;
            for (Organization organization : byId.values()) {
                bySlug.put(organization.slug(), organization);
                if (organization.mergedIntoId() == null) {
                    byName.computeIfAbsent(OrganizationNames.normalise(organization.name()), n -> new ArrayList<>())
                            .add(organization);
                }
            }
        }

        /** The organization a slug, alias or name designates. */
        public Found find(String text) {
            if (text == null || text.isBlank()) {
                return new Found(null, "no organization is given");
            }
            Organization bySlugFound = bySlug.get(text.strip().toLowerCase(Locale.ROOT));
            if (bySlugFound != null) {
                return usable(current(bySlugFound), text);
            }
            String normalised = OrganizationNames.normalise(text);
            Long aliased = aliases.get(normalised);
            if (aliased != null) {
                return usable(current(byId.get(aliased)), text);
            }
            List<Organization> named = byName.getOrDefault(normalised, List.of()).stream()
                    .filter(o -> o.status() != OrganizationStatus.DISMISSED).toList();
            if (named.size() > 1) {
                return new Found(null, "several organizations are named \"" + text.strip() + "\" ("
                        + String.join(", ", named.stream().map(Organization::slug).sorted().toList())
                        + "); use the slug");
            }
            return named.isEmpty()
                    ? new Found(null, "no organization has the slug, alias or name \"" + text.strip() + "\"")
                    : new Found(named.get(0), null);
        }

        private Organization current(Organization organization) {
            Organization current = organization;
            for (int hops = 0; current.mergedIntoId() != null && hops < byId.size(); hops++) {
                current = byId.get(current.mergedIntoId());
            }
            return current;
        }

        private static Found usable(Organization organization, String text) {
            return organization.status() == OrganizationStatus.DISMISSED
                    ? new Found(null, "\"" + text.strip() + "\" was dismissed as an organization")
                    : new Found(organization, null);
        }
    }
}
