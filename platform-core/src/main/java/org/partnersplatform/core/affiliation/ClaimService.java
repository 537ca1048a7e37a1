package org.partnersplatform.core.affiliation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.Member;
import org.partnersplatform.core.identity.MemberRepository;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.organization.OrganizationLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims: anyone proposes that a person belongs to an organization from a date, with evidence; an administrator
 * approves (the affiliation is added as SELF_DECLARED, ending the person's previous ones the day before) or rejects
 * it. Who decided, when and why is kept with the claim. The claimant's email is never logged.
 */
@Singleton
public class ClaimService {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimService.class);
    private static final int MAX_EVIDENCE = 2000;
    private static final int MAX_NAME = 200;
    private static final int MAX_EMAIL = 320;
    private static final int MAX_NOTE = 1000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AffiliationClaimRepository claims;
    private final MemberRepository members;
    private final OrganizationRepository organizations;
    private final OrganizationLookup lookup;
    private final AffiliationService affiliations;
    private final Clock clock;

    ClaimService(AffiliationClaimRepository claims, MemberRepository members, OrganizationRepository organizations,
                 OrganizationLookup lookup, AffiliationService affiliations, Clock clock) {
        this.claims = claims;
        this.members = members;
        this.organizations = organizations;
        this.lookup = lookup;
        this.affiliations = affiliations;
        this.clock = clock;
    }

    /**
     * Records a pending claim.
     *
     * @throws InvalidRequestException naming each wrong field (an unknown or inactive member is one)
     */
    @Transactional
    public ClaimView submit(ClaimCommand command) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (command.memberId() == null) {
            problems.put("memberId", "is required: the number of the person's page");
        } else if (members.findById(command.memberId()).filter(Member::active).isEmpty()) {
            problems.put("memberId", "is no person on this site");
        }
        OrganizationLookup.Found found = lookup.find(command.organization());
        if (!found.found()) {
            problems.put("organization", found.problem());
        }
        LocalDate from = DateRanges.date(command.from(), "from", problems);
        if (from == null && !problems.containsKey("from")) {
            problems.put("from", "is required: the first day at the organization, YYYY-MM-DD");
        }
        LocalDate to = DateRanges.date(command.to(), "to", problems);
        DateRanges.ordered(from, to, problems);
        String evidence = text(command.evidence(), "evidence", MAX_EVIDENCE, problems);
        String name = text(command.claimantName(), "claimantName", MAX_NAME, problems);
        String email = text(command.claimantEmail(), "claimantEmail", MAX_EMAIL, problems);
        if (email != null && !EMAIL.matcher(email).matches()) {
            problems.put("claimantEmail", "is an email address");
        }
        ClaimantRole role = role(command.role(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the claim is not valid", problems);
        }
        AffiliationClaim saved = claims.save(new AffiliationClaim(null, command.memberId(),
                found.organization().id(), from, to, evidence, name, email, role, ClaimStatus.PENDING, null, null,
                null, null, clock.instant()));
        LOG.info("Claim {} submitted: member {} with organization {}", saved.id(), saved.memberId(),
                saved.organizationId());
        return view(saved);
    }

    /**
     * Claims, newest first.
     *
     * @param status PENDING, APPROVED or REJECTED (any case), or {@code null} for all
     */
    @ReadOnly
    public List<ClaimView> list(@Nullable String status) {
        List<AffiliationClaim> found = status == null || status.isBlank()
                ? claims.listOrderByIdDesc()
                : claims.findByStatusOrderByIdDesc(status(status));
        return found.stream().map(this::view).toList();
    }

    /** One claim. */
    @ReadOnly
    public ClaimView get(long id) {
        return view(claim(id));
    }

    /**
     * Approves a pending claim: adds its affiliation (SELF_DECLARED, ending the person's earlier ones on the day
     * before it starts).
     *
     * @throws ConflictException if it was decided already, or the affiliation would overlap one with the same
     *         organization (the claim then stays pending)
     */
    @Transactional
    public ClaimView approve(long id, @Nullable String note, String by) {
        AffiliationClaim claim = pending(id);
        String decisionNote = note(note);
        Organization organization = organizations.findById(claim.organizationId()).orElseThrow();
        AffiliationView added = affiliations.add(claim.memberId(), new AffiliationCommand(organization.slug(),
                date(claim.validFrom()), date(claim.validTo()), "SELF_DECLARED", "claim #" + claim.id() + " by "
                + claim.claimantRole().name().toLowerCase(Locale.ROOT), true));
        AffiliationClaim decided = claims.update(claim.decided(ClaimStatus.APPROVED, decisionNote, by,
                clock.instant(), added.id()));
        LOG.info("Claim {} approved: affiliation {} added", id, added.id());
        return view(decided);
    }

    /**
     * Rejects a pending claim.
     *
     * @throws ConflictException if it was decided already
     */
    @Transactional
    public ClaimView reject(long id, @Nullable String note, String by) {
        AffiliationClaim claim = pending(id);
        AffiliationClaim decided = claims.update(claim.decided(ClaimStatus.REJECTED, note(note), by,
                clock.instant(), null));
        LOG.info("Claim {} rejected", id);
        return view(decided);
    }

    private AffiliationClaim claim(long id) {
        return claims.findById(id).orElseThrow(() -> new NotFoundException("there is no claim #" + id));
    }

    private AffiliationClaim pending(long id) {
        AffiliationClaim claim = claim(id);
        if (claim.status() != ClaimStatus.PENDING) {
            throw new ConflictException("claim #" + id + " was " + claim.status().name().toLowerCase(Locale.ROOT)
                    + " already, by " + claim.decidedBy() + " at " + claim.decidedAt());
        }
        return claim;
    }

    private ClaimView view(AffiliationClaim claim) {
        String memberName = members.findById(claim.memberId()).map(Member::displayName).orElse("");
        Organization organization = organizations.findById(claim.organizationId()).orElseThrow();
        return new ClaimView(claim.id(), claim.memberId(), memberName, organization.slug(), organization.name(),
                claim.validFrom(), claim.validTo(), claim.evidence(), claim.claimantName(), claim.claimantEmail(),
                claim.claimantRole(), claim.status(), claim.decisionNote(), claim.decidedBy(), claim.decidedAt(),
                claim.affiliationId(), claim.createdAt());
    }

    private static String note(@Nullable String note) {
        String stripped = note == null || note.isBlank() ? null : note.strip();
        if (stripped != null && stripped.length() > MAX_NOTE) {
            throw new InvalidRequestException("the note is not valid",
                    Map.of("note", "is at most " + MAX_NOTE + " characters"));
        }
        return stripped;
    }

    private static String text(@Nullable String value, String field, int max, Map<String, String> problems) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            problems.put(field, "is required, at most " + max + " characters");
            return null;
        }
        return stripped;
    }

    private static ClaimantRole role(@Nullable String value, Map<String, String> problems) {
        String key = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (ClaimantRole role : ClaimantRole.values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        problems.put("role", "is PERSON (the claim is about you) or REPRESENTATIVE (of the organization)");
        return null;
    }

    private static ClaimStatus status(String value) {
        String key = value.strip().toUpperCase(Locale.ROOT);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        throw new InvalidRequestException("the status is not valid",
                Map.of("status", "is PENDING, APPROVED or REJECTED"));
    }

    private static String date(@Nullable LocalDate date) {
        return Optional.ofNullable(date).map(LocalDate::toString).orElse(null);
    }
}
