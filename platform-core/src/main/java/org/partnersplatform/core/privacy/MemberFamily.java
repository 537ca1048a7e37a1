package org.partnersplatform.core.privacy;

import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;

/**
 * A member together with the members merged into it (directly or through other merges): one person, whose data is
 * exported and erased together, since a merged member's display name is that person's too.
 */
@Singleton
class MemberFamily {

    private final MemberRepository members;
    private final Rows rows;

    MemberFamily(MemberRepository members, Rows rows) {
        this.members = members;
        this.rows = rows;
    }

    Member require(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("no member #" + memberId));
    }

    /** The member that holds this one's identities now: itself, or the end of its chain of merges. */
    Member holder(Member member) {
        Set<Long> seen = new LinkedHashSet<>();
        Member current = member;
        while (current.mergedIntoId() != null && seen.add(current.id())) {
            current = require(current.mergedIntoId());
        }
        return current;
    }

    /** The member's id first, then the ids of every member merged into it. */
    List<Long> of(long memberId) {
        Set<Long> family = new LinkedHashSet<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(memberId));
        while (!pending.isEmpty()) {
            Long id = pending.poll();
            if (family.add(id)) {
                rows.query("SELECT id FROM member WHERE merged_into_id = ? ORDER BY id", id)
                        .forEach(row -> pending.add((Long) row.get("id")));
            }
        }
        return new ArrayList<>(family);
    }
}
