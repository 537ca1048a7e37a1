package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;

/** Reads applications: the reviewers' list and one application, and the outcome behind an applicant's token. */
@Singleton
public class Applications {

    private final PartnerApplicationRepository applications;
    private final ApplicationMemberRepository members;
    private final OrganizationRepository organizations;
    private final EligibilityReportJson reports;

    Applications(PartnerApplicationRepository applications, ApplicationMemberRepository members,
                 OrganizationRepository organizations, EligibilityReportJson reports) {
        this.applications = applications;
        this.members = members;
        this.organizations = organizations;
        this.reports = reports;
    }

    /**
     * Applications, newest first.
     *
     * @param status SUBMITTED, APPROVED, REJECTED or WITHDRAWN (any case), or {@code null} for all
     */
    @ReadOnly
    public List<ApplicationView> list(@Nullable String status) {
        List<PartnerApplication> found = status == null || status.isBlank() ? applications.listOrderByIdDesc()
                : applications.findByStatusOrderByIdDesc(status(status));
        return found.stream().map(this::view).toList();
    }

    /** One application with its team. */
    @ReadOnly
    public ApplicationView get(long id) {
        return view(find(id));
    }

    /** What the applicant's status link shows. */
    @ReadOnly
    public ApplicationOutcome outcome(String token) {
        PartnerApplication application = byToken(token);
        Organization organization = organizations.findById(application.organizationId()).orElseThrow();
        return new ApplicationOutcome(organization.slug(), organization.name(), application.status(),
                application.submittedAt(), application.decidedAt(), application.decisionNote());
    }

    /**
     * The application behind a status token.
     *
     * @throws NotFoundException if no application has it
     */
    @ReadOnly
    public PartnerApplication byToken(String token) {
        return applications.findByStatusToken(token == null ? "" : token.strip())
                .orElseThrow(() -> new NotFoundException("no application has this status link"));
    }

    /**
     * Who a status token speaks for on behalf of an organization: the contact of an approved application of that
     * organization ({@code Pat Example (application #4)}), or empty when the token is unknown, was not approved or is
     * another organization's. Whether the organization is a partner now is for the caller to check.
     */
    @ReadOnly
    public Optional<String> applicantFor(@Nullable String token, String slug) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return applications.findByStatusToken(token.strip())
                .filter(a -> a.status() == ApplicationStatus.APPROVED)
                .filter(a -> organizations.findById(a.organizationId()).map(Organization::slug)
                        .filter(s -> s.equalsIgnoreCase(slug == null ? "" : slug.strip())).isPresent())
                .map(a -> a.contactName() + " (application #" + a.id() + ")");
    }

    PartnerApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new NotFoundException("no application " + id));
    }

    ApplicationView view(PartnerApplication application) {
        Organization organization = organizations.findById(application.organizationId()).orElseThrow();
        return new ApplicationView(application.id(), organization.slug(), organization.name(),
                application.contactName(), application.contactEmail(), application.motivation(),
                application.status(), application.submittedAt(), application.decidedAt(), application.decidedBy(),
                application.decisionNote(), application.policyVersion(),
                application.reportJson() == null ? null : reports.read(application.reportJson()),
                members.findByApplicationIdOrderById(application.id()));
    }

    private static ApplicationStatus status(String value) {
        try {
            return ApplicationStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown status " + value,
                    Map.of("status", "is SUBMITTED, APPROVED, REJECTED or WITHDRAWN"));
        }
    }
}
