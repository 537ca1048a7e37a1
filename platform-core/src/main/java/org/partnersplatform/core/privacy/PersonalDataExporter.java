package org.partnersplatform.core.privacy;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the platform holds about a person (right of access): the member and the members merged into it, their
 * identities with every field, affiliations, activities, the claims about them or made with their email, the merges
 * and merge suggestions naming them, the identity rules pointing at them, partner applications naming them (never the
 * applicant's status token), payments from a payer with their email, the days and outcomes of code-of-conduct
 * incidents against them (the summaries stay in the reviewers' register) and the privacy log. Each export is logged.
 */
@Singleton
public class PersonalDataExporter {

    /** The shape of the export document. */
    public static final int FORMAT = 1;

    private static final String ACTIVITIES = "SELECT a.id, s.name AS installation, t.source_id AS source,"
            + " t.type_key AS type, t.label AS type_label, t.kind, a.occurred_at AS date, a.url, a.title,"
            + " o.slug AS organization_slug, o.name AS organization, a.review_state, a.source_item_id, a.evidence,"
            + " a.attributes FROM activity a JOIN source_installation s ON s.id = a.installation_id"
            + " JOIN activity_type t ON t.id = a.activity_type_id LEFT JOIN organization o ON o.id = a.organization_id"
            + " WHERE a.member_id IN (?) OR a.identity_id IN (SELECT id FROM identity WHERE member_id IN (?))"
            + " ORDER BY a.occurred_at, a.id";

    private final MemberFamily family;
    private final Rows rows;
    private final PrivacyLog log;
    private final JsonMapper json;
    private final Clock clock;

    PersonalDataExporter(MemberFamily family, Rows rows, PrivacyLog log, JsonMapper json, Clock clock) {
        this.family = family;
        this.rows = rows;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The export document of a member, as ordered maps and lists ready to be written as JSON.
     *
     * @param by who asked for it, for the privacy log
     */
    @Transactional
    public Map<String, Object> export(long memberId, String by) {
        family.require(memberId);
        List<Long> ids = family.of(memberId);
        List<Map<String, Object>> identities = rows.query("SELECT * FROM identity WHERE member_id IN (?) ORDER BY id",
                ids);
        List<String> emails = identities.stream().map(i -> (String) i.get("email")).filter(Objects::nonNull)
                .map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportedAt", clock.instant().toString());
        document.put("memberId", memberId);
        document.put("members", rows.query("SELECT * FROM member WHERE id IN (?) ORDER BY id", ids));
        document.put("identities", identities);
        document.put("affiliations", rows.query("SELECT a.*, o.slug AS organization_slug, o.name AS organization"
                + " FROM affiliation a JOIN organization o ON o.id = a.organization_id WHERE a.member_id IN (?)"
                + " ORDER BY a.id", ids));
        List<Map<String, Object>> activities = rows.query(ACTIVITIES, ids, ids);
        activities.forEach(a -> a.put("attributes", attributes((String) a.get("attributes"))));
        document.put("activities", activities);
        document.put("claims", rows.query("SELECT * FROM affiliation_claim WHERE member_id IN (?)"
                + " OR LOWER(claimant_email) IN (?) ORDER BY id", ids, emails));
        document.put("merges", rows.query("SELECT * FROM member_merge WHERE target_member_id IN (?)"
                + " OR source_member_id IN (?) ORDER BY id", ids, ids));
        document.put("mergeSuggestions", rows.query("SELECT * FROM merge_suggestion WHERE member_a_id IN (?)"
                + " OR member_b_id IN (?) ORDER BY id", ids, ids));
        document.put("identityRules", rows.query("SELECT * FROM identity_rule WHERE member_id IN (?) ORDER BY id",
                ids));
        document.put("partnerApplications", rows.query("SELECT a.id, o.slug AS organization_slug,"
                + " o.name AS organization, a.contact_name, a.contact_email, a.status, a.submitted_at, a.decided_at"
                + " FROM partner_application a JOIN organization o ON o.id = a.organization_id"
                + " WHERE LOWER(a.contact_email) IN (?) ORDER BY a.id", emails));
        document.put("applicationTeams", rows.query("SELECT m.application_id, o.slug AS organization_slug, m.name,"
                + " m.email FROM partner_application_member m JOIN partner_application a ON a.id = m.application_id"
                + " JOIN organization o ON o.id = a.organization_id WHERE m.member_id IN (?) OR LOWER(m.email) IN (?)"
                + " ORDER BY m.id", ids, emails));
        document.put("payments", rows.query("SELECT p.origin, y.account_id, y.name AS payer, y.email, y.website,"
                + " p.amount, p.currency, p.paid_at, p.recurrence, p.tier FROM payment p JOIN payer y"
                + " ON y.id = p.payer_id WHERE LOWER(y.email) IN (?) ORDER BY p.paid_at, p.id", emails));
        document.put("conductIncidents", rows.query("SELECT id, occurred_on, outcome FROM conduct_incident"
                + " WHERE member_id IN (?) ORDER BY occurred_on, id", ids));
        document.put("privacyEvents", rows.query("SELECT * FROM privacy_event WHERE member_id IN (?) ORDER BY id",
                ids));
        log.record(memberId, PrivacyAction.EXPORT, null, by);
        return document;
    }

    private Map<?, ?> attributes(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("an activity's attributes cannot be read", e);
        }
    }
}
