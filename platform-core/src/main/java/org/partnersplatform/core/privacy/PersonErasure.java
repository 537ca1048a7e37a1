package org.partnersplatform.core.privacy;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.counting.ActivityCounts;
import org.partnersplatform.core.counting.MemberMonth;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.publication.MonthPublisher;
import org.partnersplatform.core.publication.MonthRevision;
import org.partnersplatform.core.publication.PublishedNames;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * Erases a person (right of erasure). Their identities keep their rows, so a later sync of the same account still
 * finds them, but lose every personal field, and their key becomes a keyed fingerprint ({@link ErasedKeys}); the
 * member and the members merged into it are renamed "Erased member #id"; claims, merge suggestions and identity rules
 * about them are deleted, and free text that names them is cleared; their activities are anonymised or removed as
 * the deployment's policy says (removing them counts their months again). Published months name them no more, and a month whose boards change gets a revision.
 */
@Singleton
public class PersonErasure {

    /** Free text is cleared when it contains one of the person's values at least this long. */
    private static final int MIN_VALUE = 3;
    private static final String THEIR_ACTIVITIES = " WHERE member_id IN (?)"
            + " OR identity_id IN (SELECT id FROM identity WHERE member_id IN (?))";

    private final MemberFamily family;
    private final Rows rows;
    private final ErasedKeys keys;
    private final PrivacyConfiguration configuration;
    private final PrivacyLog log;
    private final PublishedNames publishedNames;
    private final MonthPublisher publisher;
    private final DeploymentTime time;
    private final Clock clock;
    private final ActivityCounts counts;

    PersonErasure(MemberFamily family, Rows rows, ErasedKeys keys, PrivacyConfiguration configuration,
                  PrivacyLog log, PublishedNames publishedNames, MonthPublisher publisher, DeploymentTime time,
                  Clock clock, ActivityCounts counts) {
        this.family = family;
        this.rows = rows;
        this.keys = keys;
        this.configuration = configuration;
        this.log = log;
        this.publishedNames = publishedNames;
        this.publisher = publisher;
        this.time = time;
        this.clock = clock;
        this.counts = counts;
    }

    /** The name an erased member keeps. */
    public static String erasedName(long memberId) {
        return "Erased member #" + memberId;
    }

    /**
     * Erases a member that stands on its own (not merged into another, not erased yet), with the members merged into
     * it.
     *
     * @param by who erases, for the privacy log
     */
    @Transactional
    public ErasureSummary erase(long memberId, String by) {
        Member member = family.require(memberId);
        refuseUnlessErasable(member);
        List<Long> ids = family.of(memberId);
        Set<String> personal = personalValues(ids);
        Set<YearMonth> months = activityMonths(ids);
        int identities = eraseIdentities(ids);
        renameMembers(ids);
        int claims = rows.update("DELETE FROM affiliation_claim WHERE member_id IN (?)", ids);
        int suggestions = rows.update("DELETE FROM merge_suggestion WHERE member_a_id IN (?) OR member_b_id IN (?)",
                ids, ids);
        int rules = rows.update("DELETE FROM identity_rule WHERE member_id IN (?)", ids);
        clearFreeText(ids, personal, memberId);
        ErasedActivities policy = configuration.policy();
        int activities;
        if (policy == ErasedActivities.REMOVE) {
            Set<MemberMonth> groups = activityGroups(ids);
            activities = rows.update("DELETE FROM activity" + THEIR_ACTIVITIES, ids, ids);
            counts.refresh(groups);
        } else {
            activities = rows.update("UPDATE activity SET title = NULL, url = NULL, evidence = NULL, attributes = '{}'"
                    + THEIR_ACTIVITIES, ids, ids);
        }
        Map<String, String> names = new LinkedHashMap<>();
        ids.forEach(id -> names.put("member-" + id, erasedName(id)));
        publishedNames.replace(names);
        List<YearMonth> revised = publisher.revise(months, "member #" + memberId + " erased").stream()
                .map(MonthRevision::month).toList();
        log.record(memberId, PrivacyAction.ERASE, policy, by);
        boolean removed = policy == ErasedActivities.REMOVE;
        return new ErasureSummary(memberId, ids, policy, identities, removed ? 0 : activities, removed ? activities : 0,
                claims, suggestions, rules, revised);
    }

    /** Why a member cannot be erased, or null when it can. */
    static String refusal(Member member, Member holder, DeploymentTime time) {
        if (member.mergedIntoId() != null) {
            return "member #" + member.id() + " was merged into member #" + member.mergedIntoId()
                    + ", which holds its identities: erase member #" + holder.id() + " instead";
        }
        if (member.erasedAt() != null) {
            return "member #" + member.id() + " was already erased on " + time.dayOf(member.erasedAt());
        }
        return null;
    }

    private void refuseUnlessErasable(Member member) {
        String refusal = refusal(member, family.holder(member), time);
        if (refusal != null) {
            throw new ConflictException(refusal);
        }
    }

    private Set<String> personalValues(List<Long> ids) {
        Set<String> values = new TreeSet<>();
        rows.query("SELECT display_name FROM member WHERE id IN (?)", ids)
                .forEach(row -> values.add((String) row.get("displayName")));
        rows.query("SELECT source_user_id, username, display_name, email, profile_url FROM identity"
                + " WHERE member_id IN (?)", ids).forEach(row -> row.values().forEach(v -> {
                    if (v instanceof String text && !ErasedKeys.isErased(text)) {
                        values.add(text);
                    }
                }));
        return values;
    }

    private Set<YearMonth> activityMonths(List<Long> ids) {
        Set<YearMonth> months = new TreeSet<>();
        rows.query("SELECT DISTINCT occurred_at FROM activity" + THEIR_ACTIVITIES, ids, ids).forEach(row ->
                months.add(YearMonth.from(time.dayOf(Instant.parse((String) row.get("occurredAt"))))));
        return months;
    }

    /** The (member, month) groups their activities count in. */
    private Set<MemberMonth> activityGroups(List<Long> ids) {
        Set<MemberMonth> groups = new TreeSet<>();
        rows.query("SELECT DISTINCT member_id, occurred_at FROM activity" + THEIR_ACTIVITIES, ids, ids).forEach(row ->
                groups.add(counts.groupOf(((Number) row.get("memberId")).longValue(),
                        Instant.parse((String) row.get("occurredAt")))));
        return groups;
    }

    private int eraseIdentities(List<Long> ids) {
        List<Map<String, Object>> identities = rows.query("SELECT id, source, source_user_id FROM identity"
                + " WHERE member_id IN (?) ORDER BY id", ids);
        for (Map<String, Object> identity : identities) {
            String key = (String) identity.get("sourceUserId");
            String erasedKey = ErasedKeys.isErased(key) ? key : keys.keyFor((String) identity.get("source"), key);
            rows.update("UPDATE identity SET username = NULL, display_name = NULL, email = NULL, profile_url = NULL,"
                    + " source_user_id = ? WHERE id = ?", erasedKey, identity.get("id"));
        }
        return identities.size();
    }

    private void renameMembers(List<Long> ids) {
        Timestamp now = Timestamp.from(clock.instant());
        for (Long id : ids) {
            rows.update("UPDATE member SET display_name = ?, erased_at = ? WHERE id = ?", erasedName(id), now, id);
        }
    }

    /**
     * Claims made with the person's email (about someone else), merge reasons and affiliation notes may name them:
     * the claimant is renamed, and text that names them is cleared.
     */
    private void clearFreeText(List<Long> ids, Set<String> personal, long memberId) {
        List<String> lower = personal.stream().filter(v -> v.strip().length() >= MIN_VALUE)
                .map(v -> v.toLowerCase(Locale.ROOT)).toList();
        String cleared = "cleared when member #" + memberId + " was erased";
        for (Map<String, Object> claim : rows.query("SELECT id, evidence FROM affiliation_claim"
                + " WHERE LOWER(claimant_email) IN (?)", lower)) {
            String evidence = (String) claim.get("evidence");
            rows.update("UPDATE affiliation_claim SET claimant_name = ?, claimant_email = '', evidence = ?"
                    + " WHERE id = ?", erasedName(memberId), names(lower, evidence) ? "evidence " + cleared : evidence,
                    claim.get("id"));
        }
        for (Map<String, Object> merge : rows.query("SELECT id, reason FROM member_merge"
                + " WHERE target_member_id IN (?) OR source_member_id IN (?)", ids, ids)) {
            if (names(lower, (String) merge.get("reason"))) {
                rows.update("UPDATE member_merge SET reason = ? WHERE id = ?", "reason " + cleared, merge.get("id"));
            }
        }
        for (Map<String, Object> affiliation : rows.query("SELECT id, note FROM affiliation WHERE member_id IN (?)",
                ids)) {
            if (names(lower, (String) affiliation.get("note"))) {
                rows.update("UPDATE affiliation SET note = NULL WHERE id = ?", affiliation.get("id"));
            }
        }
        clearPartnershipAndFinance(ids, lower, memberId, cleared);
    }

    /**
     * Applications where the person is the contact or a team member keep their rows under the erased name; a payer
     * with their email keeps its payments without name, email or website (and a payer keyed by that email gets a
     * neutral key); a code-of-conduct incident against them
     * stays (it may still count against an organization) with its summary cleared when it names them.
     */
    private void clearPartnershipAndFinance(List<Long> ids, List<String> lower, long memberId, String cleared) {
        String erased = erasedName(memberId);
        rows.update("UPDATE partner_application SET contact_name = ?, contact_email = '' WHERE LOWER(contact_email)"
                + " IN (?)", erased, lower);
        rows.update("UPDATE partner_application_member SET name = ?, email = '', member_id = ? WHERE member_id IN (?)"
                + " OR LOWER(email) IN (?)", erased, memberId, ids, lower);
        rows.update("UPDATE payer SET account_id = 'erased-' || CAST(id AS VARCHAR(20)) WHERE LOWER(account_id) IN (?)",
                lower);
        rows.update("UPDATE payer SET name = ?, email = NULL, website = NULL WHERE LOWER(email) IN (?)", erased,
                lower);
        for (Map<String, Object> incident : rows.query("SELECT id, summary FROM conduct_incident"
                + " WHERE member_id IN (?)", ids)) {
            if (names(lower, (String) incident.get("summary"))) {
                rows.update("UPDATE conduct_incident SET summary = ? WHERE id = ?", "summary " + cleared,
                        incident.get("id"));
            }
        }
    }

    private static boolean names(Collection<String> values, String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return values.stream().anyMatch(lower::contains);
    }
}
