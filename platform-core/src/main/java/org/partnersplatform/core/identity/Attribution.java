package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which organization an activity counts for: the one its member was affiliated with on the day it happened. */
@Singleton
public class Attribution {

    /**
     * On a day several affiliations hold: one a person set wins over an automatic one, then the one that started
     * latest (the more specific), then the newest.
     */
    private static final Comparator<Affiliation> PRECEDENCE = Comparator
            .comparing((Affiliation a) -> !a.origin().automatic())
            .thenComparing(a -> a.validFrom() == null ? LocalDate.MIN : a.validFrom())
            .thenComparing(Affiliation::id);

    private final AffiliationRepository affiliations;

    public Attribution(AffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    /** The organization of a member on a day, or empty for an independent. */
    public Optional<Long> organizationOn(long memberId, LocalDate day) {
        return of(affiliations.findByMemberId(memberId), day);
    }

    /** The organization on a day among a member's affiliations (all of one member), or empty for an independent. */
    public static Optional<Long> of(List<Affiliation> memberAffiliations, LocalDate day) {
        return memberAffiliations.stream()
                .filter(Affiliation::counts)
                .filter(a -> a.holdsOn(day))
                .max(PRECEDENCE)
                .map(Affiliation::organizationId);
    }
}
