package org.partnersplatform.core.roadmap;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.Organizations;
import org.partnersplatform.core.partnership.Partnerships;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Partners' feature requests: a current partner (active or in grace) submits up to the policy's
 * {@code lifecycle.roadmapRequestsPerYear} per calendar year in the deployment's time zone. The partnership row is
 * locked while counting, so requests sent at the same moment cannot exceed the limit.
 */
@Singleton
public class RoadmapRequests {

    private static final Logger LOG = LoggerFactory.getLogger(RoadmapRequests.class);

    private final RoadmapRequestRepository requests;
    private final Organizations organizations;
    private final Partnerships partnerships;
    private final DeploymentPolicy policy;
    private final DeploymentTime time;
    private final Clock clock;

    RoadmapRequests(RoadmapRequestRepository requests, Organizations organizations, Partnerships partnerships,
                    DeploymentPolicy policy, DeploymentTime time, Clock clock) {
        this.requests = requests;
        this.organizations = organizations;
        this.partnerships = partnerships;
        this.policy = policy;
        this.time = time;
        this.clock = clock;
    }

    /**
     * Records a partner's request.
     *
     * @param submittedBy who sent it: an administrator's name, or the applicant named by the status token
     * @throws org.partnersplatform.core.InvalidRequestException naming each wrong field
     * @throws ConflictException if the organization is not a partner now, or has used this year's requests
     */
    @Transactional
    public RoadmapRequest submit(String slug, RoadmapCommand command, String submittedBy) {
        RoadmapCommand.Valid valid = command.validated();
        Organization organization = organizations.bySlug(slug);
        partnerships.lockCurrent(organization);
        Instant now = clock.instant();
        int year = time.dayOf(now).getYear();
        int limit = policy.partnership().lifecycle().roadmapRequestsPerYear();
        long used = requests.countByOrganizationIdAndCalendarYear(organization.id(), year);
        if (used >= limit) {
            throw new ConflictException(("%s has submitted %d roadmap request%s in %d, the policy's limit of %d a"
                    + " year; the next one can be submitted from %s").formatted(organization.name(), used,
                    used == 1 ? "" : "s", year, limit, LocalDate.of(year + 1, 1, 1)));
        }
        RoadmapRequest saved = requests.save(new RoadmapRequest(null, organization.id(), valid.title(),
                valid.description(), valid.funded(), valid.amount(), valid.currency(), submittedBy, now, year));
        LOG.info("Roadmap request {} of {} ({} of {} in {})", saved.id(), organization.slug(), used + 1, limit, year);
        return saved;
    }

    /** An organization's requests, newest first. */
    @ReadOnly
    public List<RoadmapRequest> of(String slug) {
        return requests.findByOrganizationIdOrderByIdDesc(organizations.bySlug(slug).id());
    }
}
