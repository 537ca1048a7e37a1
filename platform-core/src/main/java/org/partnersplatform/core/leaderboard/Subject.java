package org.partnersplatform.core.leaderboard;

import java.util.function.Function;
import java.util.function.Predicate;
import org.partnersplatform.api.source.ActivityKind;
import org.partnersplatform.core.scoring.CountedRow;

/**
 * Who a ranking ranks and which counted rows are theirs: organizations (not staff) or individuals (not erased, not
 * while at a staff organization), for the activities of a ranking kind.
 */
enum Subject {
    ORGANIZATIONS(row -> row.row().organizationId() != null && !row.row().staff(), row -> row.row().organizationId(),
            row -> row.row().organizationName(), row -> row.row().organizationSlug()),
    INDIVIDUALS(row -> !row.row().erased() && !row.row().staff(), row -> row.row().memberId(),
            row -> row.row().memberName(), row -> "member-" + row.row().memberId());

    private final Predicate<CountedRow> included;
    private final Function<CountedRow, Long> id;
    private final Function<CountedRow, String> name;
    private final Function<CountedRow, String> slug;

    Subject(Predicate<CountedRow> included, Function<CountedRow, Long> id, Function<CountedRow, String> name,
            Function<CountedRow, String> slug) {
        this.included = included;
        this.id = id;
        this.name = name;
        this.slug = slug;
    }

    /** Whether the row counts for a subject of this ranking of that kind. */
    boolean counts(CountedRow row, RankingKind kind) {
        return includes(row) && (kind == RankingKind.ACTIVITY || row.type().kind() == ActivityKind.CONTRIBUTION);
    }

    /** Whether the row counts for a subject of this ranking in a ranking of either kind. */
    boolean includes(CountedRow row) {
        return included.test(row);
    }

    long id(CountedRow row) {
        return id.apply(row);
    }

    String name(CountedRow row) {
        return name.apply(row);
    }

    String slug(CountedRow row) {
        return slug.apply(row);
    }
}
