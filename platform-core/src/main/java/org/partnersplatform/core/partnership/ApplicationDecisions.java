package org.partnersplatform.core.partnership;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.eligibility.EligibilityService;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.Organizations;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviewers' decisions on applications. A reviewer opens an application with the organization's eligibility report as
 * of today and approves or rejects it with a note; the decision keeps the report (evaluated again as the decision is
 * made, the same day), its policy version and the reviewer. Approval makes the organization a partner through
 * {@link PartnerLifecycle}. The applicant reads the outcome on their status link; nothing is mailed.
 */
@Singleton
public class ApplicationDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationDecisions.class);
    private static final int MAX_NOTE = 5000;

    private final Applications applications;
    private final PartnerApplicationRepository repository;
    private final Organizations organizations;
    private final EligibilityService eligibility;
    private final EligibilityReportJson reports;
    private final PartnerLifecycle lifecycle;
    private final DeploymentTime time;
    private final Clock clock;

    ApplicationDecisions(Applications applications, PartnerApplicationRepository repository,
                         Organizations organizations, EligibilityService eligibility, EligibilityReportJson reports,
                         PartnerLifecycle lifecycle, DeploymentTime time, Clock clock) {
        this.applications = applications;
        this.repository = repository;
        this.organizations = organizations;
        this.eligibility = eligibility;
        this.reports = reports;
        this.lifecycle = lifecycle;
        this.time = time;
        this.clock = clock;
    }

    /** An application with the eligibility report a reviewer decides on. */
    public record Review(ApplicationView application, EligibilityReport report) {
    }

    /** What a reviewer may decide. */
    public enum Decision {
        APPROVE,
        REJECT;

        /**
         * The decision a request names ({@code approve} or {@code reject}, any case).
         *
         * @throws InvalidRequestException for anything else
         */
        public static Decision parse(@Nullable String value) {
            String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            for (Decision decision : values()) {
                if (decision.name().equals(name)) {
                    return decision;
                }
            }
            throw new InvalidRequestException("the decision is missing or unknown",
                    Map.of("decision", "is approve or reject"));
        }
    }

    /** The application with the organization's eligibility report as of today. */
    public Review review(long id) {
        ApplicationView application = applications.get(id);
        return new Review(application, eligibility.evaluate(application.organizationSlug(),
                time.dayOf(clock.instant())));
    }

    /**
     * Decides a submitted application.
     *
     * @param by the reviewer's user name
     * @throws ConflictException if it was decided or withdrawn already, or the organization is a partner already
     */
    @Transactional
    public ApplicationView decide(long id, Decision decision, @Nullable String note, String by) {
        String validNote = note == null || note.isBlank() ? null : note.strip();
        if (validNote != null && validNote.length() > MAX_NOTE) {
            throw new InvalidRequestException("the note is too long",
                    Map.of("note", "is at most " + MAX_NOTE + " characters"));
        }
        PartnerApplication application = repository.findByIdForUpdate(id)
                .orElseThrow(() -> new NotFoundException("no application " + id));
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("application " + id + " is " + application.status().name()
                    .toLowerCase(Locale.ROOT) + (application.decidedBy() == null ? "" : " by "
                    + application.decidedBy() + " at " + application.decidedAt()) + "; it cannot be decided again");
        }
        Organization organization = organizations.editable(applications.view(application).organizationSlug());
        Instant now = clock.instant();
        EligibilityReport report = eligibility.evaluate(organization.slug(), time.dayOf(now));
        ApplicationStatus status = decision == Decision.APPROVE ? ApplicationStatus.APPROVED
                : ApplicationStatus.REJECTED;
        PartnerApplication decided = repository.update(application.decided(status, now, by, validNote,
                reports.write(report), report.policyVersion()));
        if (decision == Decision.APPROVE) {
            lifecycle.approve(organization, "application #" + id + " approved by " + by);
        }
        LOG.info("Application {} of {} {} by {}", id, organization.slug(), status, by);
        return applications.view(decided);
    }
}
