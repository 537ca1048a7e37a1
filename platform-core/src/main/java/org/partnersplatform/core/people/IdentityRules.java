package org.partnersplatform.core.people;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Identity;
import org.partnersplatform.core.identity.IdentityRepository;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' identity rules. A new rule applies at once to the existing identities it matches, moving them to its
 * member as automatic merges (one per member they came from) that can be undone; the identity resolver applies it to
 * new identities. Removing a rule leaves the merges it made: undo those one by one.
 */
@Singleton
public class IdentityRules {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityRules.class);
    private static final int MAX_VALUE = 320;
    private static final int MAX_SOURCE = 100;

    private final IdentityRuleRepository rules;
    private final IdentityRepository identities;
    private final MemberRepository members;
    private final MemberMerges merges;
    private final Clock clock;

    IdentityRules(IdentityRuleRepository rules, IdentityRepository identities, MemberRepository members,
                  MemberMerges merges, Clock clock) {
        this.rules = rules;
        this.identities = identities;
        this.members = members;
        this.merges = merges;
        this.clock = clock;
    }

    @ReadOnly
    public List<IdentityRule> list() {
        return rules.all();
    }

    /**
     * Adds a rule and applies it to the existing identities. Identities of locked members stay where they are, and
     * a rule for a locked member is refused: automatic rules never change a locked member.
     */
    @Transactional
    public AppliedRule create(IdentityRuleCommand command, String by) {
        RuleField field = validField(command);
        String value = command.value().strip().toLowerCase(Locale.ROOT);
        String source = command.source() == null || command.source().isBlank() ? null : command.source().strip();
        Member member = members.findById(command.memberId())
                .orElseThrow(() -> new NotFoundException("there is no member #" + command.memberId()));
        if (!member.active()) {
            throw new ConflictException("member #" + member.id() + (member.mergedIntoId() != null
                    ? " was merged into member #" + member.mergedIntoId() + ": make the rule for that member"
                    : " was erased"));
        }
        if (member.locked()) {
            throw new ConflictException("member #" + member.id() + " is locked, and automatic rules never change a"
                    + " locked member: unlock it first");
        }
        rules.findSame(field.name(), value, source).ifPresent(same -> {
            throw new ConflictException("identity rule #" + same.id() + " already matches this "
                    + field.name().toLowerCase(Locale.ROOT) + (source == null ? "" : " on " + source)
                    + ": delete it first");
        });
        IdentityRule rule = rules.save(new IdentityRule(null, field, value, source, member.id(), by,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        List<MergeView> made = apply(rule, by);
        LOG.info("Identity rule #{} for member {} added by {}: {} merges", rule.id(), member.id(), by, made.size());
        return new AppliedRule(rule, made);
    }

    @Transactional
    public void delete(long id) {
        IdentityRule rule = rules.findById(id)
                .orElseThrow(() -> new NotFoundException("there is no identity rule #" + id));
        rules.delete(rule);
        LOG.info("Identity rule #{} deleted", id);
    }

    /** Moves the matching identities of other unlocked, active members to the rule's member. */
    private List<MergeView> apply(IdentityRule rule, String by) {
        Map<Long, List<Long>> bySourceMember = new LinkedHashMap<>();
        for (Identity identity : identities.findMatchingRule(rule.matchField().name(), rule.matchValue(),
                rule.source())) {
            if (!identity.memberId().equals(rule.memberId())) {
                bySourceMember.computeIfAbsent(identity.memberId(), m -> new ArrayList<>()).add(identity.id());
            }
        }
        List<MergeView> made = new ArrayList<>();
        for (Map.Entry<Long, List<Long>> entry : bySourceMember.entrySet()) {
            Member from = members.findById(entry.getKey()).orElseThrow();
            if (from.active() && !from.locked()) {
                made.add(merges.moveByRule(rule.id(), rule.memberId(), from.id(), entry.getValue(), by));
            }
        }
        return made;
    }

    private static RuleField validField(IdentityRuleCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        RuleField field = null;
        if (command.field() == null || command.field().isBlank()) {
            problems.put("field", "is required: EMAIL or USERNAME");
        } else {
            try {
                field = RuleField.valueOf(command.field().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.put("field", "is EMAIL or USERNAME, not " + command.field().strip());
            }
        }
        String value = command.value() == null ? "" : command.value().strip();
        if (value.isEmpty()) {
            problems.put("value", "is required: the email or username to match");
        } else if (value.length() > MAX_VALUE) {
            problems.put("value", "is at most " + MAX_VALUE + " characters");
        } else if (field == RuleField.EMAIL && (value.indexOf('@') < 1 || value.contains(" "))) {
            problems.put("value", "is an email address");
        }
        if (command.source() != null && command.source().strip().length() > MAX_SOURCE) {
            problems.put("source", "is at most " + MAX_SOURCE + " characters");
        }
        if (command.memberId() == null) {
            problems.put("memberId", "is required: the member the identities belong to");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the identity rule is not valid", problems);
        }
        return field;
    }
}
