package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.people.IdentityRules;
import org.partnersplatform.web.api.dto.IdentityRuleAppliedDto;
import org.partnersplatform.web.api.dto.IdentityRuleDto;
import org.partnersplatform.web.api.dto.IdentityRuleRequest;

/** Administrators' identity rules: which emails or usernames belong to which person. */
@Controller("/api/v1/people/identity-rules")
@Secured({"ADMIN"})
class PeopleIdentityRulesApiController {

    private final IdentityRules rules;

    PeopleIdentityRulesApiController(IdentityRules rules) {
        this.rules = rules;
    }

    @Get
    List<IdentityRuleDto> list() {
        return rules.list().stream().map(IdentityRuleDto::of).toList();
    }

    @Post
    HttpResponse<IdentityRuleAppliedDto> create(@Nullable @Body IdentityRuleRequest request, Principal principal) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"field\": \"EMAIL\", \"value\": ..., "
                    + "\"memberId\": ...}");
        }
        IdentityRuleAppliedDto applied = IdentityRuleAppliedDto.of(rules.create(request.toCommand(),
                principal.getName()));
        return HttpResponse.created(applied, URI.create("/api/v1/people/identity-rules/" + applied.rule().id()));
    }

    @Delete("/{id}")
    HttpResponse<Void> delete(long id) {
        rules.delete(id);
        return HttpResponse.noContent();
    }
}
