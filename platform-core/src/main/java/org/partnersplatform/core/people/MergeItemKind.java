package org.partnersplatform.core.people;

/** What a member merge moved or set aside: an identity, or an affiliation. */
enum MergeItemKind {
    IDENTITY,
    AFFILIATION
}
