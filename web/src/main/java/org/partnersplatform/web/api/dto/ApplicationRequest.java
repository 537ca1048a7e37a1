package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.partnersplatform.core.partnership.ApplicationCommand;

/**
 * {@code {"organization": "acme"} or {"organizationName": "Acme GmbH"}, "contactName", "contactEmail", "motivation",
 * "members": [{"name", "email"}]}}: a partner application.
 */
@Serdeable
public record ApplicationRequest(@Nullable String organization, @Nullable String organizationName,
                                 @Nullable String contactName, @Nullable String contactEmail,
                                 @Nullable String motivation, @Nullable List<Member> members) {

    public ApplicationCommand toCommand() {
        return new ApplicationCommand(organization, organizationName, contactName, contactEmail, motivation,
                members == null ? null : members.stream()
                        .map(m -> m == null ? null : new ApplicationCommand.TeamMember(m.name(), m.email())).toList());
    }

    /** A team member. */
    @Serdeable
    public record Member(@Nullable String name, @Nullable String email) {
    }
}
