package org.partnersplatform.core.payment;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnersplatform.core.identity.EmailDomains;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;

/**
 * Matches a payer to the organization whose domain (or a parent of it) is the payer's website host, else the
 * payer's email domain. It sets and replaces only automatic matches: an administrator's match, and a payer an
 * administrator marked as an individual, are left alone.
 */
@Singleton
public class PayerMatching {

    private final OrganizationDomainRepository domains;

    PayerMatching(OrganizationDomainRepository domains) {
        this.domains = domains;
    }

    /** The payer with its automatic match brought up to date; the same payer when a person decided. */
    Payer refresh(Payer payer, Instant now) {
        if (payer.individual() || payer.matchedBy() != null && !payer.matchedBy().automatic()) {
            return payer;
        }
        Optional<Match> match = match(payer);
        if (match.isEmpty()) {
            return payer.organizationId() == null ? payer : payer.withMatch(null, null, null, false);
        }
        if (Objects.equals(match.get().organizationId(), payer.organizationId())
                && match.get().by() == payer.matchedBy()) {
            return payer;
        }
        return payer.withMatch(match.get().organizationId(), match.get().by(), now, false);
    }

    /** The organization the payer's website host, else email domain, belongs to. */
    Optional<Match> match(Payer payer) {
        return websiteHost(payer.website()).flatMap(this::owner).map(id -> new Match(id,
                        MatchedBy.WEBSITE_DOMAIN))
                .or(() -> EmailDomains.domainOf(payer.email()).flatMap(this::owner)
                        .map(id -> new Match(id, MatchedBy.EMAIL_DOMAIN)));
    }

    private Optional<Long> owner(String domain) {
        List<String> candidates = EmailDomains.selfAndParents(domain);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> owners = domains.findByDomainInList(candidates).stream()
                .collect(Collectors.toMap(OrganizationDomain::domain, OrganizationDomain::organizationId));
        return candidates.stream().map(owners::get).filter(id -> id != null).findFirst();
    }

    private static Optional<String> websiteHost(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new URI(website.strip()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An organization and how the payer was matched to it. */
    record Match(Long organizationId, MatchedBy by) {
    }
}
