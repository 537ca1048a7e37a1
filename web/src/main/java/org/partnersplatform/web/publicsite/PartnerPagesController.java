package org.partnersplatform.web.publicsite;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.partnership.ApplicationCommand;
import org.partnersplatform.core.partnership.ApplicationIntake;
import org.partnersplatform.core.partnership.ApplicationOutcome;
import org.partnersplatform.core.partnership.ApplicationReceipt;
import org.partnersplatform.core.partnership.Applications;
import org.partnersplatform.core.partnership.Partnerships;
import org.partnersplatform.web.view.PageRenderer;

/**
 * The public partner pages: the current partners with their tier, the application form, and the applicant's status
 * page behind the unguessable link the form hands out (the way the organization learns the decision).
 */
@Produces(MediaType.TEXT_HTML)
@Controller("/partners")
@Secured(SecurityRule.IS_ANONYMOUS)
class PartnerPagesController {

    private final Partnerships partnerships;
    private final ApplicationIntake intake;
    private final Applications applications;
    private final PageRenderer pages;

    PartnerPagesController(Partnerships partnerships, ApplicationIntake intake, Applications applications,
                           PageRenderer pages) {
        this.partnerships = partnerships;
        this.intake = intake;
        this.applications = applications;
        this.pages = pages;
    }

    @Get
    HttpResponse<String> partners(HttpRequest<?> request) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Partners");
        model.put("partners", partnerships.current().stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", p.organizationName());
            row.put("slug", p.organizationSlug());
            row.put("tier", p.tierLabel());
            row.put("since", p.since().toString());
            return row;
        }).toList());
        return pages.page("partners", model, request);
    }

    @Get("/apply")
    HttpResponse<String> form(HttpRequest<?> request) {
        return form(request, HttpStatus.OK, Map.of(), null, List.of());
    }

    @Post("/apply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> apply(@Body Map<String, String> form, HttpRequest<?> request) {
        try {
            ApplicationReceipt receipt = intake.submit(new ApplicationCommand(form.get("organization"),
                    form.get("organizationName"), form.get("contactName"), form.get("contactEmail"),
                    form.get("motivation"), team(form.getOrDefault("members", ""))));
            return HttpResponse.seeOther(URI.create("/partners/applications/" + receipt.statusToken()));
        } catch (InvalidRequestException e) {
            return form(request, HttpStatus.BAD_REQUEST, form, e.getMessage(), e.problemLines());
        } catch (ConflictException | NotFoundException e) {
            return form(request, e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, form,
                    e.getMessage(), List.of());
        }
    }

    @Get("/applications/{token}")
    HttpResponse<String> status(String token, HttpRequest<?> request) {
        ApplicationOutcome outcome = applications.outcome(token);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Your application");
        model.put("organization", outcome.organizationName());
        model.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        model.put("submittedAt", outcome.submittedAt());
        model.put("decidedAt", outcome.decidedAt());
        model.put("note", outcome.decisionNote());
        model.put("approved", outcome.status().name().equals("APPROVED"));
        model.put("waiting", outcome.status().name().equals("SUBMITTED"));
        model.put("token", token);
        return pages.page("partner-application", model, request);
    }

    @Post("/applications/{token}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(String token) {
        intake.withdraw(token);
        return HttpResponse.seeOther(URI.create("/partners/applications/" + token));
    }

    /** One team member a line: {@code Name, email}. */
    static List<ApplicationCommand.TeamMember> team(String lines) {
        List<ApplicationCommand.TeamMember> team = new ArrayList<>();
        for (String line : lines.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            team.add(comma < 0 ? new ApplicationCommand.TeamMember(line, null)
                    : new ApplicationCommand.TeamMember(line.substring(0, comma), line.substring(comma + 1)));
        }
        return team;
    }

    private HttpResponse<String> form(HttpRequest<?> request, HttpStatus status, Map<String, String> form,
                                      String error, List<String> problems) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", "Apply to be a partner");
        model.put("form", form);
        model.put("error", error);
        model.put("problems", problems);
        return pages.page("partner-apply", model, request).status(status);
    }
}
