package org.partnersplatform.core.leaderboard;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.policy.AttributeRule;
import org.partnersplatform.core.scoring.CountedRow;
import org.partnersplatform.core.scoring.ScoreSheet;
import org.partnersplatform.core.scoring.Scoring;

/**
 * Explains a score of a leaderboard from the same score sheet the leaderboard is ranked from, so an explanation's
 * total is the leaderboard's score.
 */
@Singleton
public class ExplanationService {

    private static final String ERASED = "Erased person";
    private static final String MEMBER = "member-";

    private final Scoring scoring;

    public ExplanationService(Scoring scoring) {
        this.scoring = scoring;
    }

    /**
     * An organization's score, with each person's part.
     *
     * @throws NotFoundException when the organization has nothing counted in that ranking
     */
    @ReadOnly
    public Explanation organization(String slug, Period period, RankingKind kind) {
        ScoreSheet sheet = scoring.sheet(period);
        List<CountedRow> rows = rows(sheet, kind, Subject.ORGANIZATIONS,
                row -> slug.equals(row.row().organizationSlug()));
        Map<Long, List<CountedRow>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.row().memberId(), id -> new ArrayList<>()).add(row));
        List<PersonExplanation> people = new ArrayList<>();
        for (List<CountedRow> personal : byPerson.values()) {
            CountedRow first = personal.get(0);
            List<ExplanationLine> lines = lines(sheet, personal);
            people.add(new PersonExplanation(first.row().erased() ? ERASED : first.row().memberName(),
                    first.row().erased() ? null : MEMBER + first.row().memberId(), total(lines), lines));
        }
        people.sort(Comparator.comparing(PersonExplanation::score).reversed()
                .thenComparing(PersonExplanation::name));
        List<ExplanationLine> lines = lines(sheet, rows);
        return new Explanation(period, kind, rows.get(0).row().organizationName(), slug, sheet.version().label(),
                total(lines), lines, people);
    }

    /**
     * A person's score ({@code slug} is {@code member-<id>}).
     *
     * @throws NotFoundException when the slug is not of that form or the person has nothing counted in that ranking
     */
    @ReadOnly
    public Explanation individual(String slug, Period period, RankingKind kind) {
        long id = memberId(slug);
        ScoreSheet sheet = scoring.sheet(period);
        List<CountedRow> rows = rows(sheet, kind, Subject.INDIVIDUALS, row -> row.row().memberId() == id);
        List<ExplanationLine> lines = lines(sheet, rows);
        return new Explanation(period, kind, rows.get(0).row().memberName(), slug, sheet.version().label(),
                total(lines), lines, List.of());
    }

    private static List<CountedRow> rows(ScoreSheet sheet, RankingKind kind, Subject subject,
                                         Predicate<CountedRow> theirs) {
        List<CountedRow> rows = sheet.rows().stream()
                .filter(row -> subject.counts(row, kind) && theirs.test(row))
                .toList();
        if (rows.stream().noneMatch(row -> row.counted() > 0)) {
            throw new NotFoundException("nothing of theirs counted in that ranking");
        }
        return rows;
    }

    private static List<ExplanationLine> lines(ScoreSheet sheet, List<CountedRow> rows) {
        Map<String, ExplanationLine> lines = new LinkedHashMap<>();
        for (CountedRow row : rows) {
            String rule = sheet.rules().rule(row.row().rule())
                    .filter(r -> r.appliesTo(row.type().sourceId(), row.type().typeKey()))
                    .map(AttributeRule::label).orElse(null);
            String key = row.type().typeId() + "\n" + Objects.toString(rule, "");
            lines.merge(key, new ExplanationLine(row.type().sourceId(), row.type().typeKey(), row.type().label(),
                    row.type().kind(), rule, row.row().count(), row.counted(), row.weight(), row.subtotal()),
                    (a, b) -> new ExplanationLine(a.sourceId(), a.typeKey(), a.typeLabel(), a.kind(), a.rule(),
                            a.count() + b.count(), a.counted() + b.counted(), a.weight(), a.subtotal().add(b.subtotal())));
        }
        List<ExplanationLine> sorted = new ArrayList<>(lines.values().stream()
                .map(l -> new ExplanationLine(l.sourceId(), l.typeKey(), l.typeLabel(), l.kind(), l.rule(), l.count(),
                        l.counted(), l.weight().stripTrailingZeros(), l.subtotal().stripTrailingZeros()))
                .toList());
        sorted.sort(Comparator.comparing(ExplanationLine::subtotal).reversed()
                .thenComparing(ExplanationLine::sourceId).thenComparing(ExplanationLine::typeKey)
                .thenComparing(l -> Objects.toString(l.rule(), "")));
        return sorted;
    }

    private static BigDecimal total(List<ExplanationLine> lines) {
        return lines.stream().map(ExplanationLine::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add)
                .stripTrailingZeros();
    }

    private static long memberId(String slug) {
        if (slug == null || !slug.matches(MEMBER + "\\d{1,18}")) {
            throw new NotFoundException("no person " + slug + "; a person's slug is member-<id>");
        }
        return Long.parseLong(slug.substring(MEMBER.length()));
    }
}
