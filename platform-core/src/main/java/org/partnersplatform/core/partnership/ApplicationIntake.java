package org.partnersplatform.core.partnership;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.organization.Organizations;
import org.partnersplatform.core.organization.ProvisionalOrganizations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes partner applications from anyone: for an organization the platform knows (by slug) or a new one, which is
 * created provisional for an administrator to confirm. An organization has at most one open application and a current
 * partner none; team members whose email a known identity has are linked to that person. Emails are never logged.
 */
@Singleton
public class ApplicationIntake {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationIntake.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Who a withdrawal is recorded as decided by. */
    static final String WITHDRAWN_BY = "the applicant";

    private final PartnerApplicationRepository applications;
    private final ApplicationMemberRepository members;
    private final PartnershipRepository partnerships;
    private final Organizations organizations;
    private final ProvisionalOrganizations provisional;
    private final JdbcOperations jdbc;
    private final Clock clock;

    ApplicationIntake(PartnerApplicationRepository applications, ApplicationMemberRepository members,
                      PartnershipRepository partnerships, Organizations organizations,
                      ProvisionalOrganizations provisional, JdbcOperations jdbc, Clock clock) {
        this.applications = applications;
        this.members = members;
        this.partnerships = partnerships;
        this.organizations = organizations;
        this.provisional = provisional;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a submitted application.
     *
     * @throws org.partnersplatform.core.InvalidRequestException naming each wrong field
     * @throws org.partnersplatform.core.NotFoundException       if the slug names no organization
     * @throws ConflictException if the organization has an open application, is a partner, was merged or dismissed,
     *                           or a new name makes the slug of an existing organization
     */
    @Transactional
    public ApplicationReceipt submit(ApplicationCommand command) {
        ApplicationCommand valid = command.validated();
        Organization organization = valid.organization() != null ? organizations.editable(valid.organization())
                : provisional.named(valid.organizationName());
        lock(organization.id());
        if (applications.existsByOrganizationIdAndStatus(organization.id(), ApplicationStatus.SUBMITTED)) {
            throw new ConflictException(organization.name() + " has an application waiting for a decision already;"
                    + " its status link shows when it is decided");
        }
        partnerships.findByOrganizationId(organization.id()).filter(p -> p.status().current()).ifPresent(p -> {
            throw new ConflictException(organization.name() + " is a partner already ("
                    + p.status().name().toLowerCase() + " since " + p.since() + ")");
        });
        PartnerApplication saved = applications.save(new PartnerApplication(null, organization.id(),
                valid.contactName(), valid.contactEmail(), valid.motivation(), ApplicationStatus.SUBMITTED,
                clock.instant(), null, null, null, null, null, newToken()));
        for (ApplicationCommand.TeamMember member : valid.members()) {
            members.save(new ApplicationMember(null, saved.id(), member.name(), member.email(),
                    memberWithEmail(member.email()).orElse(null)));
        }
        LOG.info("Application {} received for organization {} with {} team member(s)", saved.id(),
                organization.slug(), valid.members().size());
        return new ApplicationReceipt(saved.id(), organization.slug(), organization.name(), saved.status(),
                saved.statusToken());
    }

    /**
     * The applicant withdraws a waiting application with its status token; the organization may apply again.
     *
     * @throws org.partnersplatform.core.NotFoundException if no application has the token
     * @throws ConflictException if the application was decided or withdrawn already
     */
    @Transactional
    public ApplicationStatus withdraw(String token) {
        PartnerApplication found = applications.findByStatusToken(token == null ? "" : token.strip())
                .orElseThrow(() -> new NotFoundException("no application has this status link"));
        PartnerApplication application = applications.findByIdForUpdate(found.id()).orElseThrow();
        if (application.status() != ApplicationStatus.SUBMITTED) {
            throw new ConflictException("application " + application.id() + " is "
                    + application.status().name().toLowerCase(Locale.ROOT) + "; only an application waiting for a"
                    + " decision can be withdrawn");
        }
        applications.update(application.decided(ApplicationStatus.WITHDRAWN, clock.instant(), WITHDRAWN_BY, null,
                null, null));
        LOG.info("Application {} withdrawn by the applicant", application.id());
        return ApplicationStatus.WITHDRAWN;
    }

    /** Holds the organization's row until the transaction ends, so two applications cannot both be the open one. */
    private void lock(long organizationId) {
        jdbc.prepareStatement("SELECT id FROM organization WHERE id = ? FOR UPDATE", statement -> {
            statement.setLong(1, organizationId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        });
    }

    private Optional<Long> memberWithEmail(String email) {
        return jdbc.prepareStatement("SELECT member_id FROM identity WHERE LOWER(email) = ? ORDER BY id",
                statement -> {
                    statement.setString(1, email);
                    try (ResultSet rows = statement.executeQuery()) {
                        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
                    }
                });
    }

    /** 256 random bits, URL-safe: the applicant's link cannot be guessed. */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
