package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.people.PersonSummary;

/**
 * A person (member) with their identities and the organization they belong to today ({@code null} for an
 * independent); {@code mergedIntoId} names the member they were merged into.
 */
@Serdeable
public record PersonDto(long id, String displayName, boolean bot, boolean locked, @Nullable Long mergedIntoId,
                        List<PersonIdentityDto> identities, @Nullable PersonOrganizationDto organization) {

    public static PersonDto of(PersonSummary person) {
        return new PersonDto(person.member().id(), person.member().displayName(), person.member().bot(),
                person.member().locked(), person.member().mergedIntoId(),
                person.identities().stream().map(PersonIdentityDto::of).toList(),
                person.organization() == null ? null : PersonOrganizationDto.of(person.organization()));
    }
}
