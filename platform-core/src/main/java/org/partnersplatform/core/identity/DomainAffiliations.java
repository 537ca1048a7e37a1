package org.partnersplatform.core.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The email domain rule: a member belongs to the organization of their email's domain (a known organization domain,
 * or a parent of it, the most specific winning); personal mail means independent; an unknown company domain creates a
 * provisional organization named after the domain when the installation allows it, unless an administrator dismissed
 * that domain. The affiliations it makes are automatic ({@link AffiliationOrigin#EMAIL_DOMAIN}); it never touches one
 * a person set, nor a locked, merged or erased member.
 */
@Singleton
public class DomainAffiliations {

    private static final Logger LOG = LoggerFactory.getLogger(DomainAffiliations.class);

    private final OrganizationDomainRepository domains;
    private final OrganizationRepository organizations;
    private final AffiliationRepository affiliations;
    private final IdentityRepository identities;
    private final MemberRepository members;
    private final FreeMailDomains freeMail;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public DomainAffiliations(OrganizationDomainRepository domains, OrganizationRepository organizations,
                              AffiliationRepository affiliations, IdentityRepository identities,
                              MemberRepository members, FreeMailDomains freeMail, JdbcOperations jdbc, Clock clock) {
        this.domains = domains;
        this.organizations = organizations;
        this.affiliations = affiliations;
        this.identities = identities;
        this.members = members;
        this.freeMail = freeMail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Gives a member with no affiliation yet an open-ended one from the domain of a new identity's email, when it
     * names an organization. Members who already have an affiliation are left alone (it may have been set by hand),
     * and so are locked ones.
     */
    public void affiliateByEmail(long memberId, String email, boolean createProvisional) {
        Optional<String> domain = EmailDomains.domainOf(email);
        if (domain.isEmpty() || freeMail.isFreeMail(domain.get()) || !ruledByDomain(memberId)) {
            return;
        }
        if (!affiliations.findByMemberId(memberId).isEmpty()) {
            return;
        }
        Optional<Long> organizationId = knownOrganization(domain.get()).map(Match::organizationId);
        if (organizationId.isEmpty() && createProvisional && !dismissed(domain.get())) {
            organizationId = Optional.of(createProvisional(domain.get()));
        }
        organizationId.ifPresent(id -> affiliations.save(Affiliation.create(memberId, id, null, null,
                AffiliationOrigin.EMAIL_DOMAIN, clock.instant(), note(domain.get()))));
    }

    /**
     * Brings the automatic affiliation of each member in line with the organization domains as they are now, from
     * all the member's emails: at most one, open-ended, to the organization of the most specific known domain (on a
     * tie the organization they already have, else the newest identity's). No provisional organization is created.
     * Nothing is added for an organization the member has an affiliation a person set with. Call it in the
     * transaction that changed the domains, then recompute the returned members' activities.
     *
     * @return the members whose affiliations changed
     */
    public Set<Long> rederive(Collection<Long> memberIds) {
        Set<Long> changed = new TreeSet<>();
        for (Long memberId : new TreeSet<>(memberIds)) {
            if (ruledByDomain(memberId) && rederive(memberId)) {
                changed.add(memberId);
            }
        }
        return changed;
    }

    private boolean rederive(long memberId) {
        List<Affiliation> all = affiliations.findByMemberId(memberId);
        List<Affiliation> automatic = all.stream().filter(a -> a.counts() && a.origin().automatic())
                .sorted(Comparator.comparing(Affiliation::id)).toList();
        Optional<Match> derived = derive(memberId, automatic.stream().map(Affiliation::organizationId).toList())
                .filter(match -> all.stream().noneMatch(a -> a.counts() && !a.origin().automatic()
                        && a.organizationId().equals(match.organizationId())));
        boolean changed = false;
        List<Affiliation> surplus = automatic;
        if (derived.isPresent()) {
            Match match = derived.get();
            if (automatic.isEmpty()) {
                affiliations.save(Affiliation.create(memberId, match.organizationId(), null, null,
                        AffiliationOrigin.EMAIL_DOMAIN, clock.instant(), note(match.domain())));
                changed = true;
            } else {
                Affiliation kept = automatic.get(0);
                if (!kept.organizationId().equals(match.organizationId()) || kept.validFrom() != null
                        || kept.validTo() != null || !note(match.domain()).equals(kept.note())) {
                    affiliations.update(new Affiliation(kept.id(), memberId, match.organizationId(), null, null,
                            AffiliationOrigin.EMAIL_DOMAIN, clock.instant(), note(match.domain()), null));
                    changed = true;
                }
                surplus = automatic.subList(1, automatic.size());
            }
        }
        for (Affiliation affiliation : surplus) {
            affiliations.delete(affiliation);
            changed = true;
        }
        return changed;
    }

    /** Whether automatic rules may change the member: it exists, stands on its own and is not locked. */
    private boolean ruledByDomain(long memberId) {
        return members.findById(memberId).map(m -> m.active() && !m.locked()).orElse(false);
    }

    private Optional<Match> derive(long memberId, List<Long> current) {
        List<Identity> held = identities.findByMemberId(memberId).stream()
                .sorted(Comparator.comparing(Identity::id).reversed()).toList();
        Match best = null;
        for (Identity identity : held) {
            Optional<Match> match = EmailDomains.domainOf(identity.email())
                    .filter(domain -> !freeMail.isFreeMail(domain))
                    .flatMap(this::knownOrganization);
            if (match.isPresent() && (best == null || better(match.get(), best, current))) {
                best = match.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(Match candidate, Match best, List<Long> current) {
        if (candidate.labels() != best.labels()) {
            return candidate.labels() > best.labels();
        }
        return current.contains(candidate.organizationId()) && !current.contains(best.organizationId());
    }

    /** The organization owning the domain or its most specific parent. */
    private Optional<Match> knownOrganization(String domain) {
        List<String> candidates = EmailDomains.selfAndParents(domain);
        List<OrganizationDomain> known = domains.findByDomainInList(candidates);
        for (String candidate : candidates) {
            for (OrganizationDomain match : known) {
                if (match.domain().equals(candidate)) {
                    return Optional.of(new Match(match.organizationId(), candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an administrator dismissed the domain, or a domain it is a subdomain of. */
    private boolean dismissed(String domain) {
        List<String> candidates = EmailDomains.selfAndParents(domain);
        String placeholders = String.join(", ", candidates.stream().map(c -> "?").toList());
        return jdbc.prepareStatement("SELECT COUNT(*) FROM dismissed_domain WHERE domain IN (" + placeholders + ")",
                statement -> {
                    for (int i = 0; i < candidates.size(); i++) {
                        statement.setString(i + 1, candidates.get(i));
                    }
                    try (ResultSet result = statement.executeQuery()) {
                        result.next();
                        return result.getLong(1) > 0;
                    }
                });
    }

    private long createProvisional(String domain) {
        Organization organization = organizations.save(Organization.create(freeSlug(Slugs.fromDomain(domain)),
                domain, "https://" + domain, null, OrganizationStatus.PROVISIONAL, false, clock.instant()));
        domains.save(new OrganizationDomain(null, organization.id(), domain));
        LOG.info("Created the provisional organization {} for the email domain {}", organization.slug(), domain);
        return organization.id();
    }

    /**
     * A slug no organization has yet. An existing organization with the same slug is never reused: its name only
     * looks like the domain, and attaching the domain to it would hand it other people's work.
     */
    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; organizations.findBySlug(slug).isPresent() || Slugs.reserved(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String note(String domain) {
        return "email domain " + domain;
    }

    /** An organization found for an email domain, and the (most specific) domain of it that matched. */
    private record Match(long organizationId, String domain) {

        int labels() {
            return domain.split("\\.").length;
        }
    }
}
