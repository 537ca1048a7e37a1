package org.partnersplatform.core.scoring;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the caps: of one person's activities of one type in one month, at most the type's cap count, the
 * highest-weighted first (then the organization with the lowest id, then the rule's id), so the cap never lowers a
 * score more than it must and the result does not depend on the order rows were read in. Almost every person, type
 * and month has a single count row, which takes the lesser of its count and the cap; only the rest are sorted.
 */
final class Caps {

    private static final Comparator<CountedRow> FIRST_COUNTED = Comparator.comparing(CountedRow::weight).reversed()
            .thenComparing(c -> c.row().organizationId(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(c -> Objects.toString(c.row().rule(), ""));

    private Caps() {
    }

    /** The rows with their counted activities, in the order given; rows of types the rule set does not know are out. */
    static List<CountedRow> apply(List<CountRow> rows, RuleSet rules) {
        Map<Long, EffectiveType> types = rules.typesById();
        List<CountedRow> counted = new ArrayList<>(rows.size());
        Map<Bucket, Integer> firstOfBucket = new HashMap<>(rows.size() * 4 / 3 + 1);
        Map<Bucket, List<Integer>> sharedBuckets = new HashMap<>();
        for (CountRow row : rows) {
            EffectiveType type = types.get(row.typeId());
            if (type == null) {
                continue;
            }
            int index = counted.size();
            counted.add(new CountedRow(row, type, rules.weight(type, row.rule()), Math.min(type.cap(), row.count())));
            Bucket bucket = new Bucket(row.memberId(), row.typeId(), row.month());
            Integer first = firstOfBucket.putIfAbsent(bucket, index);
            if (first != null) {
                sharedBuckets.computeIfAbsent(bucket, b -> new ArrayList<>(List.of(first))).add(index);
            }
        }
        for (List<Integer> bucket : sharedBuckets.values()) {
            bucket.sort(Comparator.comparing(counted::get, FIRST_COUNTED));
            long left = counted.get(bucket.get(0)).type().cap();
            for (int index : bucket) {
                CountedRow row = counted.get(index);
                long take = Math.min(left, row.row().count());
                left -= take;
                counted.set(index, new CountedRow(row.row(), row.type(), row.weight(), take));
            }
        }
        return counted;
    }

    private record Bucket(long memberId, long typeId, YearMonth month) {
    }
}
