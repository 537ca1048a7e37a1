package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.partnersplatform.core.identity.Affiliation;

/**
 * The rule that a person's affiliations with one organization never overlap: two ranges for the same pair would make
 * it unclear which one an administrator means to change. Affiliations set aside by a member merge do not count.
 */
final class AffiliationOverlaps {

    private AffiliationOverlaps() {
    }

    /**
     * The first of {@code held} (one member's) with the same organization whose dates overlap, other than
     * {@code except}.
     */
    static Optional<Affiliation> first(List<Affiliation> held, long organizationId, @Nullable LocalDate from,
                                       @Nullable LocalDate to, @Nullable Long except) {
        return held.stream()
                .filter(Affiliation::counts)
                .filter(a -> a.organizationId() == organizationId && !a.id().equals(except))
                .filter(a -> a.overlaps(from, to))
                .findFirst();
    }

    /** "affiliation #12 with Acme from 2024-01-01 on (MANUAL)": an existing affiliation, for messages. */
    static String describe(Affiliation affiliation, String organizationName) {
        return "affiliation #" + affiliation.id() + " with " + organizationName + " "
                + DateRanges.describe(affiliation.validFrom(), affiliation.validTo()) + " ("
                + affiliation.origin() + ")";
    }
}
