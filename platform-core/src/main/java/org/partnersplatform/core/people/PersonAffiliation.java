package org.partnersplatform.core.people;

import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.Organization;

/** An affiliation of a member with its organization, for reading. */
public record PersonAffiliation(Affiliation affiliation, Organization organization) {
}
