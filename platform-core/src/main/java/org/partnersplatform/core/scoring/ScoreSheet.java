package org.partnersplatform.core.scoring;

import java.util.List;

/**
 * A period's counted activities under one rule version: everything rankings and explanations are computed from.
 *
 * @param version the rule version that was applied
 * @param rules the rule set of that version
 * @param rows the counts with their caps and weights applied
 */
public record ScoreSheet(RuleVersion version, RuleSet rules, List<CountedRow> rows) {

    public ScoreSheet {
        rows = List.copyOf(rows);
    }
}
