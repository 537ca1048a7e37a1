package org.partnersplatform.core.people;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.partnersplatform.core.identity.Identity;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.Organization;

/** A member with their identities and the organization they belong to today (none for an independent). */
public record PersonSummary(Member member, List<Identity> identities, @Nullable Organization organization) {

    public PersonSummary {
        identities = List.copyOf(identities);
    }
}
