package org.partnersplatform.core.leaderboard;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One person's part of an organization's score.
 *
 * @param name the person's name, or "Erased person" when their personal data was erased
 * @param slug {@code member-<id>}, or {@code null} for an erased person
 */
public record PersonExplanation(String name, @Nullable String slug, BigDecimal score, List<ExplanationLine> lines) {

    public PersonExplanation {
        lines = List.copyOf(lines);
    }
}
