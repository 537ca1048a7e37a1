package org.partnersplatform.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.policy.AttributeRule;
import org.partnersplatform.core.policy.Condition;

/**
 * The caps on hand-made count rows: one person's activities of one type in one month count up to the cap, the
 * highest weight first, then the organization with the lowest id, organization-less last; months, people and types
 * are capped apart.
 */
class CapsTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final EffectiveType COMMIT = type(1, "commit", "1", 10);
    private static final EffectiveType COMMENT = type(2, "comment", "0.5", 3);
    private static final AttributeRule DOCS = new AttributeRule("docs", "Documentation only", "org.example", "commit",
            List.of(new Condition("docs", Condition.Operator.EQUALS, List.of("true"), null)), new BigDecimal("0.25"));
    private static final RuleSet RULES = new RuleSet("test", List.of(COMMIT, COMMENT), List.of(DOCS));

    @Test
    void aSingleRowCountsUpToTheCap() {
        assertEquals(List.of("7 2 - 25 10", "7 2 - 2 2"),
                counted(row(7, 2L, 1, null, MARCH, 25), row(7, 2L, 1, null, MARCH.plusMonths(1), 2)));
    }

    @Test
    void theHighestWeightCountsFirstThenTheLowestOrganizationThenNoOrganization() {
        assertEquals(List.of("7 2 docs 8 0", "7 - - 4 1", "7 2 - 6 6", "7 1 - 3 3", "7 2 - 5 3"),
                counted(row(7, 2L, 1, "docs", MARCH, 8), row(7, null, 1, null, MARCH, 4),
                        row(7, 2L, 1, null, MARCH, 6), row(7, 1L, 1, null, MARCH, 3),
                        row(7, 2L, 2, null, MARCH, 5)));
    }

    @Test
    void aLowerWeightTakesWhatTheHigherLeaveUnderTheCap() {
        assertEquals(List.of("7 2 docs 8 5", "7 2 - 5 5", "8 2 - 12 10"),
                counted(row(7, 2L, 1, "docs", MARCH, 8), row(7, 2L, 1, null, MARCH, 5),
                        row(8, 2L, 1, null, MARCH, 12)));
    }

    @Test
    void rowsOfTypesTheRulesDoNotKnowAreLeftOut() {
        assertEquals(List.of("7 2 - 1 1"), counted(row(7, 2L, 99, null, MARCH, 4), row(7, 2L, 1, null, MARCH, 1)));
    }

    /** Each counted row as "member organization rule count counted", in the order returned. */
    private static List<String> counted(CountRow... rows) {
        return Caps.apply(List.of(rows), RULES).stream()
                .map(c -> String.join(" ", String.valueOf(c.row().memberId()),
                        c.row().organizationId() == null ? "-" : String.valueOf(c.row().organizationId()),
                        c.row().rule() == null ? "-" : c.row().rule(), String.valueOf(c.row().count()),
                        String.valueOf(c.counted())))
                .toList();
    }

    private static CountRow row(long member, Long organization, long type, String rule, YearMonth month, long n) {
        String name = organization == null ? null : "Org " + organization;
        String slug = organization == null ? null : "org-" + organization;
        return new CountRow(member, "Person " + member, false, organization, name, slug, false, type, rule, month, n);
    }

    private static EffectiveType type(long id, String key, String weight, int cap) {
        return new EffectiveType(id, "org.example", key, key, ActivityKind.CONTRIBUTION, ValueOrigin.PLUGIN,
                new BigDecimal(weight), ValueOrigin.PLUGIN, cap, ValueOrigin.POLICY);
    }
}
