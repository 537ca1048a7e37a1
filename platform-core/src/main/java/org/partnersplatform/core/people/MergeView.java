package org.partnersplatform.core.people;

import java.util.List;

/** A member merge with the identities it moved. */
public record MergeView(MemberMerge merge, List<Long> identityIds) {

    public MergeView {
        identityIds = List.copyOf(identityIds);
    }
}
