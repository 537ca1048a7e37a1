package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A team member an application names; {@code memberId} is the known person whose identity has the same email, if any.
 */
@MappedEntity("partner_application_member")
public record ApplicationMember(@Id @GeneratedValue @Nullable Long id, Long applicationId, String name, String email,
                                @Nullable Long memberId) {
}
