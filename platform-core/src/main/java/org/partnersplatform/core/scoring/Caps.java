package org.partnersplatform.core.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the caps: of one person's activities of one type in one month, at most the type's cap count, the
 * highest-weighted first (then the organization with the lowest id, then the rule's id), so the cap never lowers a
 * score more than it must and the result does not depend on the order rows were read in.
 */
final class Caps {

    private Caps() {
    }

    /** The rows with their counted activities; rows of types the rule set does not know are left out. */
    static List<CountedRow> apply(List<CountRow> rows, RuleSet rules) {
        Map<Long, EffectiveType> types = rules.typesById();
        Map<Bucket, List<CountedRow>> buckets = new LinkedHashMap<>();
        for (CountRow row : rows) {
            EffectiveType type = types.get(row.typeId());
            if (type != null) {
                buckets.computeIfAbsent(new Bucket(row.memberId(), row.typeId(), row.month()), b -> new ArrayList<>())
                        .add(new CountedRow(row, type, rules.weight(type, row.rule()), 0));
            }
        }
        List<CountedRow> counted = new ArrayList<>(rows.size());
        for (List<CountedRow> bucket : buckets.values()) {
            bucket.sort(Comparator.comparing(CountedRow::weight).reversed()
                    .thenComparing(c -> c.row().organizationId(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(c -> Objects.toString(c.row().rule(), "")));
            long left = bucket.get(0).type().cap();
            for (CountedRow row : bucket) {
                long take = Math.min(left, row.row().count());
                left -= take;
                counted.add(new CountedRow(row.row(), row.type(), row.weight(), take));
            }
        }
        return counted;
    }

    private record Bucket(long memberId, long typeId, java.time.YearMonth month) {
    }
}
