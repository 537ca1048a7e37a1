package org.partnersplatform.core.identity;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/** Which organization an activity counts for: the one its member was affiliated with on the day it happened. */
@Singleton
public class Attribution {

    private final AffiliationRepository affiliations;

    public Attribution(AffiliationRepository affiliations) {
        this.affiliations = affiliations;
    }

    /**
     * The organization of a member on a day, or empty for an independent. When ranges overlap, the one that started
     * latest is the more specific and wins.
     */
    public Optional<Long> organizationOn(long memberId, LocalDate day) {
        return affiliations.findByMemberId(memberId).stream()
                .filter(a -> a.holdsOn(day))
                .max(Comparator.comparing((Affiliation a) -> a.validFrom() == null ? LocalDate.MIN : a.validFrom())
                        .thenComparing(Affiliation::id))
                .map(Affiliation::organizationId);
    }
}
