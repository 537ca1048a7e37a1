package org.partnersplatform.core.conduct;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.affiliation.DateRanges;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * The code-of-conduct register: incidents recorded and decided by reviewers. Callers must let only reviewers reach it;
 * nothing here logs an incident's summary or whom it is about, and error messages name fields, never contents.
 */
@Singleton
public class ConductRegister {

    private static final int MAX_SUMMARY = 4000;
    private static final String ERASED = "Erased person";

    private final ConductIncidentRepository incidents;
    private final OrganizationRepository organizations;
    private final MemberRepository members;
    private final DeploymentTime time;
    private final Clock clock;

    public ConductRegister(ConductIncidentRepository incidents, OrganizationRepository organizations,
                           MemberRepository members, DeploymentTime time, Clock clock) {
        this.incidents = incidents;
        this.organizations = organizations;
        this.members = members;
        this.time = time;
        this.clock = clock;
    }

    /** Every incident, newest first. */
    @Transactional
    public List<IncidentView> list() {
        return incidents.listNewestFirst().stream().map(this::view).toList();
    }

    /**
     * Records an incident.
     *
     * @throws InvalidRequestException naming each field that is wrong
     */
    @Transactional
    public IncidentView record(IncidentCommand command, String recordedBy) {
        Checked checked = check(command);
        Instant now = clock.instant();
        return view(incidents.save(new ConductIncident(null, checked.organizationId(), checked.memberId(),
                checked.occurredOn(), checked.outcome(), checked.summary(), recordedBy, now, now)));
    }

    /**
     * Replaces an incident's subject, day, outcome and summary; who recorded it and when stay.
     *
     * @throws NotFoundException       when there is no such incident
     * @throws InvalidRequestException naming each field that is wrong
     */
    @Transactional
    public IncidentView update(long id, IncidentCommand command) {
        ConductIncident incident = incidents.findById(id).orElseThrow(() ->
                new NotFoundException("there is no code-of-conduct incident " + id));
        Checked checked = check(command);
        return view(incidents.update(new ConductIncident(id, checked.organizationId(), checked.memberId(),
                checked.occurredOn(), checked.outcome(), checked.summary(), incident.recordedBy(),
                incident.recordedAt(), clock.instant())));
    }

    private Checked check(IncidentCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        Long organizationId = null;
        if (command.organization() != null && !command.organization().isBlank()) {
            organizationId = organizations.findBySlug(command.organization().strip()).map(Organization::id)
                    .orElse(null);
            if (organizationId == null) {
                problems.put("organization", "is the slug of a known organization");
            }
        }
        if (command.memberId() != null && members.findById(command.memberId()).isEmpty()) {
            problems.put("memberId", "is the id of a known member");
        }
        if ((command.organization() == null || command.organization().isBlank()) && command.memberId() == null) {
            problems.put("organization", "or memberId is required: whom the incident is against");
        }
        LocalDate occurredOn = DateRanges.date(command.occurredOn(), "occurredOn", problems);
        if (occurredOn == null && !problems.containsKey("occurredOn")) {
            problems.put("occurredOn", "is required, a date YYYY-MM-DD");
        } else if (occurredOn != null && occurredOn.isAfter(time.dayOf(clock.instant()))) {
            problems.put("occurredOn", "is not in the future");
        }
        Outcome outcome = outcome(command.outcome(), problems);
        String summary = command.summary() == null ? "" : command.summary().strip();
        if (summary.isEmpty() || summary.length() > MAX_SUMMARY) {
            problems.put("summary", "says what happened, in 1 to " + MAX_SUMMARY + " characters");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the incident is not valid", problems);
        }
        return new Checked(organizationId, command.memberId(), occurredOn, outcome, summary);
    }

    private static Outcome outcome(String text, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return Outcome.PENDING;
        }
        try {
            return Outcome.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put("outcome", "is one of PENDING, BREACH, NO_BREACH");
            return null;
        }
    }

    private IncidentView view(ConductIncident incident) {
        Organization organization = incident.organizationId() == null ? null
                : organizations.findById(incident.organizationId()).orElse(null);
        Member member = incident.memberId() == null ? null : members.findById(incident.memberId()).orElse(null);
        String memberName = member == null ? null : member.erasedAt() != null ? ERASED : member.displayName();
        return new IncidentView(incident.id(), organization == null ? null : organization.slug(),
                organization == null ? null : organization.name(), incident.memberId(), memberName,
                incident.occurredOn(), incident.outcome(), incident.summary(), incident.recordedBy(),
                incident.recordedAt(), incident.updatedAt());
    }

    private record Checked(Long organizationId, Long memberId, LocalDate occurredOn, Outcome outcome,
                           String summary) {
    }
}
