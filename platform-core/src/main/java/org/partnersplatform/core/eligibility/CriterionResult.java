package org.partnersplatform.core.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A criterion decided for one organization on one day.
 *
 * @param criterion  which criterion
 * @param passed     whether it passes
 * @param summary    one sentence saying why, naming the months, amounts or counts
 * @param evidence   the facts it was decided on (none when it could not be judged; JSON leaves an empty list out)
 * @param nextPassOn the first day it would pass if nothing else changed, when that can be known (a breach ageing out,
 *                   grandfathering ending is a day it would stop passing, not this); {@code null} otherwise
 */
public record CriterionResult(Criterion criterion, boolean passed, String summary, List<Evidence> evidence,
                              LocalDate nextPassOn) {

    public CriterionResult {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Optional<LocalDate> nextPass() {
        return Optional.ofNullable(nextPassOn);
    }
}
