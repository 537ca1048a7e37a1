package org.partnersplatform.core.people;

import java.util.List;

/** One page of the people directory; {@code hasMore} when a next page has people. */
public record PeoplePage(List<PersonSummary> people, int page, int size, boolean hasMore) {

    public PeoplePage {
        people = List.copyOf(people);
    }
}
