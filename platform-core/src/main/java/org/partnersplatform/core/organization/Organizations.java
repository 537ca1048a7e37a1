package org.partnersplatform.core.organization;

import jakarta.inject.Singleton;
import java.util.Locale;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;

/** Finds the organization a request names, and refuses to change one that was merged away or dismissed. */
@Singleton
public class Organizations {

    private final OrganizationRepository organizations;
    private final OrganizationMergeRepository merges;

    Organizations(OrganizationRepository organizations, OrganizationMergeRepository merges) {
        this.organizations = organizations;
        this.merges = merges;
    }

    /**
     * The organization with this slug.
     *
     * @throws NotFoundException if there is none
     */
    public Organization bySlug(String slug) {
        String key = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        return organizations.findBySlug(key)
                .orElseThrow(() -> new NotFoundException("no organization has the slug \"" + key + "\""));
    }

    /**
     * The organization with this slug, if it may be changed: not merged into another and not dismissed.
     *
     * @throws NotFoundException if there is none
     * @throws ConflictException if it was merged or dismissed
     */
    public Organization editable(String slug) {
        Organization organization = bySlug(slug);
        if (organization.mergedIntoId() != null) {
            Organization target = organizations.findById(organization.mergedIntoId()).orElseThrow();
            String merge = merges.findFirstBySourceOrganizationIdAndUndoneAtIsNull(organization.id())
                    .map(m -> " (merge #" + m.id() + ")").orElse("");
            throw new ConflictException(organization.slug() + " was merged into " + target.slug() + merge
                    + "; change " + target.slug() + ", or undo the merge first");
        }
        if (organization.status() == OrganizationStatus.DISMISSED) {
            throw new ConflictException(organization.slug() + " was dismissed; its people are independent");
        }
        return organization;
    }
}
