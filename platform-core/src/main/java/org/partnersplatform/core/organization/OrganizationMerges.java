package org.partnersplatform.core.organization;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.AttributionRecompute;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.organization.OrganizationMergeItems.Item;
import org.partnersplatform.core.organization.OrganizationMergeItems.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges one organization into another (two entries for one company) and undoes such merges. A merge moves the
 * source's domains, aliases and affiliations to the target and makes the source's name an alias of the target; every
 * item is recorded, so undoing moves back exactly those items that are still where the merge put them.
 */
@Singleton
public class OrganizationMerges {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationMerges.class);

    private final Organizations finder;
    private final OrganizationRepository organizations;
    private final OrganizationDomainRepository domains;
    private final OrganizationAliasRepository aliases;
    private final AffiliationRepository affiliations;
    private final OrganizationMergeRepository merges;
    private final OrganizationMergeItems items;
    private final AttributionRecompute recompute;
    private final Clock clock;

    OrganizationMerges(Organizations finder, OrganizationRepository organizations,
                       OrganizationDomainRepository domains, OrganizationAliasRepository aliases,
                       AffiliationRepository affiliations, OrganizationMergeRepository merges,
                       OrganizationMergeItems items, AttributionRecompute recompute, Clock clock) {
        this.finder = finder;
        this.organizations = organizations;
        this.domains = domains;
        this.aliases = aliases;
        this.affiliations = affiliations;
        this.merges = merges;
        this.items = items;
        this.recompute = recompute;
        this.clock = clock;
    }

    /** All merges, newest first. */
    @ReadOnly
    public List<OrganizationMergeView> list() {
        return merges.listOrderByIdDesc().stream().map(this::view).toList();
    }

    /** The merges an organization took part in, as source or target, newest first. */
    @ReadOnly
    public List<OrganizationMergeView> involving(String slug) {
        Organization organization = finder.bySlug(slug);
        return merges.listOrderByIdDesc().stream()
                .filter(m -> m.sourceOrganizationId().equals(organization.id())
                        || m.targetOrganizationId().equals(organization.id()))
                .map(this::view).toList();
    }

    /**
     * Merges {@code sourceSlug} into {@code targetSlug}.
     *
     * @param by who asked, for the record
     * @throws InvalidRequestException if a slug is missing, or both name the same organization
     * @throws NotFoundException if a slug names no organization
     * @throws ConflictException if either was merged or dismissed
     */
    @Transactional
    public OrganizationMergeView merge(String sourceSlug, String targetSlug, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (sourceSlug == null || sourceSlug.isBlank()) {
            problems.put("source", "is required: the slug of the organization to merge away");
        }
        if (targetSlug == null || targetSlug.isBlank()) {
            problems.put("target", "is required: the slug of the organization that stays");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the merge is not valid", problems);
        }
        Organization source = finder.editable(sourceSlug);
        Organization target = finder.editable(targetSlug);
        if (source.id().equals(target.id())) {
            throw new InvalidRequestException("an organization cannot be merged into itself",
                    Map.of("target", "is another organization than the source"));
        }
        OrganizationMerge merge = merges.save(new OrganizationMerge(null, target.id(), source.id(), by,
                clock.instant(), null, null));
        for (OrganizationDomain domain : domains.findByOrganizationIdOrderByDomain(source.id())) {
            domains.update(new OrganizationDomain(domain.id(), target.id(), domain.domain()));
            items.add(merge.id(), Kind.DOMAIN, domain.id());
        }
        for (OrganizationAlias alias : aliases.findByOrganizationIdOrderByAlias(source.id())) {
            aliases.update(new OrganizationAlias(alias.id(), target.id(), alias.alias(), alias.normalised()));
            items.add(merge.id(), Kind.ALIAS, alias.id());
        }
        String normalisedName = OrganizationNames.normalise(source.name());
        if (aliases.findByNormalised(normalisedName).isEmpty()
                && !normalisedName.equals(OrganizationNames.normalise(target.name()))) {
            OrganizationAlias made = aliases.save(new OrganizationAlias(null, target.id(), source.name(),
                    normalisedName));
            items.add(merge.id(), Kind.NAME_ALIAS, made.id());
        }
        Set<Long> members = new TreeSet<>();
        for (Affiliation affiliation : affiliations.findByOrganizationId(source.id())) {
            affiliations.update(withOrganization(affiliation, target.id()));
            items.add(merge.id(), Kind.AFFILIATION, affiliation.id());
            members.add(affiliation.memberId());
        }
        organizations.update(withMergedInto(source, target.id()));
        recompute.members(members, "organization " + source.slug() + " merged into " + target.slug()
                + " (merge #" + merge.id() + ")");
        LOG.info("Organization merge {}: {} into {}, {} affiliations moved", merge.id(), source.id(), target.id(),
                members.size());
        return view(merge);
    }

    /**
     * Undoes a merge: what it moved goes back to the source (unless it was deleted or moved elsewhere since), the
     * alias it made is removed, and the source stands on its own again.
     *
     * @param by who asked, for the record
     * @throws NotFoundException if there is no such merge
     * @throws ConflictException if it was undone already, or the target was merged into another since (undo that
     *         merge first)
     */
    @Transactional
    public OrganizationMergeView undo(long mergeId, String by) {
        OrganizationMerge merge = merges.findById(mergeId)
                .orElseThrow(() -> new NotFoundException("there is no organization merge #" + mergeId));
        if (!merge.active()) {
            throw new ConflictException("merge #" + mergeId + " was undone already, by " + merge.undoneBy()
                    + " at " + merge.undoneAt());
        }
        Organization target = organizations.findById(merge.targetOrganizationId()).orElseThrow();
        if (target.mergedIntoId() != null) {
            String later = merges.findFirstBySourceOrganizationIdAndUndoneAtIsNull(target.id())
                    .map(m -> "merge #" + m.id()).orElse("the later merge");
            throw new ConflictException(target.slug() + " was merged into another organization since (" + later
                    + "); undo " + later + " first");
        }
        Organization source = organizations.findById(merge.sourceOrganizationId()).orElseThrow();
        Set<Long> members = new TreeSet<>();
        for (Item item : items.of(mergeId)) {
            switch (item.kind()) {
                case DOMAIN -> domains.findById(item.itemId())
                        .filter(d -> d.organizationId().equals(target.id()))
                        .ifPresent(d -> domains.update(new OrganizationDomain(d.id(), source.id(), d.domain())));
                case ALIAS -> aliases.findById(item.itemId())
                        .filter(a -> a.organizationId().equals(target.id()))
                        .ifPresent(a -> aliases.update(new OrganizationAlias(a.id(), source.id(), a.alias(),
                                a.normalised())));
                case NAME_ALIAS -> aliases.deleteById(item.itemId());
                case AFFILIATION -> affiliations.findById(item.itemId())
                        .filter(a -> a.organizationId().equals(target.id()))
                        .ifPresent(a -> {
                            affiliations.update(withOrganization(a, source.id()));
                            members.add(a.memberId());
                        });
            }
        }
        organizations.update(withMergedInto(source, null));
        OrganizationMerge undone = merges.update(new OrganizationMerge(merge.id(), merge.targetOrganizationId(),
                merge.sourceOrganizationId(), merge.createdBy(), merge.createdAt(), by, clock.instant()));
        recompute.members(members, "organization merge #" + mergeId + " undone");
        LOG.info("Organization merge {} undone, {} members' affiliations moved back", mergeId, members.size());
        return view(undone);
    }

    private OrganizationMergeView view(OrganizationMerge merge) {
        Organization source = organizations.findById(merge.sourceOrganizationId()).orElseThrow();
        Organization target = organizations.findById(merge.targetOrganizationId()).orElseThrow();
        List<Item> moved = items.of(merge.id());
        return new OrganizationMergeView(merge.id(), source.slug(), source.name(), target.slug(), target.name(),
                merge.createdBy(), merge.createdAt(), merge.undoneBy(), merge.undoneAt(), count(moved, Kind.DOMAIN),
                count(moved, Kind.ALIAS) + count(moved, Kind.NAME_ALIAS), count(moved, Kind.AFFILIATION));
    }

    private static int count(List<Item> moved, Kind kind) {
        return (int) moved.stream().filter(i -> i.kind() == kind).count();
    }

    private static Affiliation withOrganization(Affiliation a, long organizationId) {
        return new Affiliation(a.id(), a.memberId(), organizationId, a.validFrom(), a.validTo(), a.origin(),
                a.createdAt(), a.note(), a.setAsideByMergeId());
    }

    private static Organization withMergedInto(Organization o, Long mergedIntoId) {
        return new Organization(o.id(), o.slug(), o.name(), o.website(), o.country(), o.status(), o.staff(),
                o.createdAt(), mergedIntoId);
    }
}
