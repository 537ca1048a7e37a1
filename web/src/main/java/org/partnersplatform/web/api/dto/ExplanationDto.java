package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.core.leaderboard.Explanation;
import org.partnersplatform.core.leaderboard.ExplanationLine;

/**
 * Why a score is what it is: {@code {"period", "kind", "name", "slug", "ruleVersion", "score", "lines": [...],
 * "people": [...]}}; the lines' subtotals add up to {@code score}, the leaderboard's score; {@code people} is empty for
 * a person.
 */
@Serdeable
public record ExplanationDto(String period, String kind, String name, String slug, String ruleVersion,
                             BigDecimal score, List<Line> lines, List<Person> people) {

    public static ExplanationDto of(Explanation explanation) {
        return new ExplanationDto(explanation.period().label(), explanation.kind().key(), explanation.name(),
                explanation.slug(), explanation.ruleVersion(), explanation.score(), lines(explanation.lines()),
                explanation.people().stream().map(p -> new Person(p.name(), p.slug(), p.score(), lines(p.lines())))
                        .toList());
    }

    private static List<Line> lines(List<ExplanationLine> lines) {
        return lines.stream().map(l -> new Line(l.sourceId(), l.typeKey(), l.typeLabel(),
                l.kind().name().toLowerCase(java.util.Locale.ROOT), l.rule(), l.count(), l.counted(), l.weight(),
                l.subtotal())).toList();
    }

    /** The activities of one type and attribute rule ({@code rule} is null when the type's weight applied). */
    @Serdeable
    public record Line(String source, String type, String label, String kind, @Nullable String rule, long count,
                       long counted, BigDecimal weight, BigDecimal subtotal) {
    }

    /** One person's part of an organization's score ({@code slug} is null for an erased person). */
    @Serdeable
    public record Person(String name, @Nullable String slug, BigDecimal score, List<Line> lines) {
    }
}
