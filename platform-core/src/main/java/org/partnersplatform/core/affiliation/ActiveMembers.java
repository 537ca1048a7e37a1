package org.partnersplatform.core.affiliation;

import jakarta.inject.Singleton;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;

/** Finds the member a request names and refuses one merged into another or erased, whose affiliations are frozen. */
@Singleton
public class ActiveMembers {

    private final MemberRepository members;

    ActiveMembers(MemberRepository members) {
        this.members = members;
    }

    /** @throws NotFoundException if there is no such member */
    public Member get(long memberId) {
        return members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("there is no member #" + memberId));
    }

    /**
     * @throws NotFoundException if there is no such member
     * @throws ConflictException if it was merged into another or erased
     */
    Member active(long memberId) {
        Member member = get(memberId);
        if (member.mergedIntoId() != null) {
            throw new ConflictException("member #" + memberId + " was merged into member #" + member.mergedIntoId()
                    + "; change the affiliations of member #" + member.mergedIntoId() + " instead");
        }
        if (member.erasedAt() != null) {
            throw new ConflictException("member #" + memberId + " was erased; their affiliations cannot change");
        }
        return member;
    }
}
