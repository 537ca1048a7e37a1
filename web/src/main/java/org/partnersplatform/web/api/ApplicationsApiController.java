package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.security.Principal;
import java.util.List;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.partnership.ApplicationDecisions;
import org.partnersplatform.core.partnership.ApplicationIntake;
import org.partnersplatform.core.partnership.Applications;
import org.partnersplatform.web.api.dto.ApplicationDecisionRequest;
import org.partnersplatform.web.api.dto.ApplicationDto;
import org.partnersplatform.web.api.dto.ApplicationOutcomeDto;
import org.partnersplatform.web.api.dto.ApplicationReceiptDto;
import org.partnersplatform.web.api.dto.ApplicationRequest;

/**
 * Partner applications: anyone applies and reads the outcome with the status token; reviewers list them, open one
 * with today's eligibility report and decide (administrators may read).
 */
@Controller("/api/v1/applications")
@Secured({"REVIEWER", "ADMIN"})
class ApplicationsApiController {

    private final ApplicationIntake intake;
    private final Applications applications;
    private final ApplicationDecisions decisions;

    ApplicationsApiController(ApplicationIntake intake, Applications applications, ApplicationDecisions decisions) {
        this.intake = intake;
        this.applications = applications;
        this.decisions = decisions;
    }

    @Post
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<ApplicationReceiptDto> submit(@Body @Nullable ApplicationRequest request) {
        if (request == null) {
            throw new InvalidRequestException("the body is missing: send {\"organization\": ... or"
                    + " \"organizationName\": ..., \"contactName\": ..., \"contactEmail\": ..., \"motivation\": ...,"
                    + " \"members\": [{\"name\": ..., \"email\": ...}]}");
        }
        return HttpResponse.created(ApplicationReceiptDto.of(intake.submit(request.toCommand())));
    }

    @Get("/status/{token}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ApplicationOutcomeDto status(String token) {
        return ApplicationOutcomeDto.of(applications.outcome(token));
    }

    /** The applicant withdraws a waiting application; the answer is its status as the status link shows it. */
    @Post("/status/{token}/withdrawal")
    @Secured(SecurityRule.IS_ANONYMOUS)
    ApplicationOutcomeDto withdraw(String token) {
        intake.withdraw(token);
        return ApplicationOutcomeDto.of(applications.outcome(token));
    }

    @Get("{?status}")
    List<ApplicationDto> list(@Nullable @QueryValue String status) {
        return applications.list(status).stream().map(ApplicationDto::of).toList();
    }

    @Get("/{id}")
    ApplicationDto get(long id) {
        ApplicationDecisions.Review review = decisions.review(id);
        return ApplicationDto.of(review.application(), review.report());
    }

    @Post("/{id}/decision")
    @Secured("REVIEWER")
    ApplicationDto decide(long id, @Body @Nullable ApplicationDecisionRequest request, Principal principal) {
        ApplicationDecisions.Decision decision = ApplicationDecisions.Decision.parse(
                request == null ? null : request.decision());
        return ApplicationDto.of(decisions.decide(id, decision, request.note(), principal.getName()));
    }
}
