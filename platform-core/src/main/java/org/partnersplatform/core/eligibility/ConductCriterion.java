package org.partnersplatform.core.eligibility;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.partnersplatform.core.conduct.ConductIncident;
import org.partnersplatform.core.conduct.ConductIncidentRepository;
import org.partnersplatform.core.conduct.Outcome;
import org.partnersplatform.core.identity.Affiliation;
import org.partnersplatform.core.identity.AffiliationRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * The conduct criterion: no confirmed breach against the organization, or against a member affiliated with it on the
 * incident's day, in the policy's months before the day. A breach stops counting on the day that many months after
 * it, which is the next pass when it is the last one. Only days and counts leave this class: never an incident's
 * summary or whom it was about.
 */
@Singleton
public class ConductCriterion {

    private static final String LABEL = "confirmed code-of-conduct breaches";
    /** Read a few days more than the window, since adding months to a day at a month's end is not reversible. */
    private static final int MARGIN_DAYS = 4;

    private final ConductIncidentRepository incidents;
    private final AffiliationRepository affiliations;

    public ConductCriterion(ConductIncidentRepository incidents, AffiliationRepository affiliations) {
        this.incidents = incidents;
        this.affiliations = affiliations;
    }

    /** Decides the criterion for the organization on the day. */
    public CriterionResult evaluate(Organization organization, LocalDate asOf, PartnershipPolicy.Conduct rule) {
        int months = rule.months();
        List<LocalDate> breaches = incidents.findByOutcomeAndOccurredOnBetweenOrderByOccurredOn(Outcome.BREACH,
                        asOf.minusMonths(months).minusDays(MARGIN_DAYS), asOf).stream()
                .filter(incident -> incident.occurredOn().plusMonths(months).isAfter(asOf))
                .filter(incident -> concerns(incident, organization.id()))
                .map(ConductIncident::occurredOn).toList();
        String window = "in the " + Wording.count(months, "month", "months") + " before " + asOf;
        if (breaches.isEmpty()) {
            return new CriterionResult(Criterion.CONDUCT, true, "No confirmed code-of-conduct breach " + window + ".",
                    List.of(new Evidence(asOf.minusMonths(months) + " to " + asOf.minusDays(1), LABEL, "0", "none",
                            true)), null);
        }
        Map<LocalDate, Long> perDay = new TreeMap<>(breaches.stream()
                .collect(Collectors.groupingBy(day -> day, Collectors.counting())));
        List<Evidence> evidence = perDay.entrySet().stream().map(e -> new Evidence(e.getKey().toString(), LABEL,
                String.valueOf(e.getValue()), "none", false)).toList();
        LocalDate last = breaches.get(breaches.size() - 1);
        LocalDate nextPass = last.plusMonths(months);
        String summary = Wording.count(breaches.size(), "confirmed code-of-conduct breach",
                "confirmed code-of-conduct breaches") + " " + window + ", the last on " + last
                + ": it passes on " + nextPass + " if no other breach is confirmed.";
        return new CriterionResult(Criterion.CONDUCT, false, summary, evidence, nextPass);
    }

    private boolean concerns(ConductIncident incident, long organizationId) {
        if (incident.organizationId() != null && incident.organizationId() == organizationId) {
            return true;
        }
        if (incident.memberId() == null) {
            return false;
        }
        return affiliations.findByMemberId(incident.memberId()).stream()
                .filter(Affiliation::counts)
                .anyMatch(a -> a.organizationId() == organizationId && a.holdsOn(incident.occurredOn()));
    }
}
