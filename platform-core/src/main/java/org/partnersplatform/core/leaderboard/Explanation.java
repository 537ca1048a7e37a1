package org.partnersplatform.core.leaderboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why an organization or a person has the score they have in a ranking: the rule version, and per activity type and
 * attribute rule how many activities were done, how many counted after the caps, their weight and subtotal. The
 * lines' subtotals add up to {@code score}, which is the leaderboard's score.
 *
 * @param ruleVersion the rule version's label, e.g. {@code mautic-2026.1 · r3}
 * @param people for an organization, each person's part (best first); empty for a person
 */
public record Explanation(Period period, RankingKind kind, String name, String slug, String ruleVersion,
                          BigDecimal score, List<ExplanationLine> lines, List<PersonExplanation> people) {

    public Explanation {
        lines = List.copyOf(lines);
        people = List.copyOf(people);
    }
}
