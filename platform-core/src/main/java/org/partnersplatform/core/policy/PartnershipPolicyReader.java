package org.partnersplatform.core.policy;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code partnership} section of a policy file; problems land in the object's shared list. A missing
 * section is the Mautic program ({@link #MAUTIC}); within the section, {@code "financial": {"required": false}} is a
 * program without a financial criterion.
 */
@Singleton
public class PartnershipPolicyReader {

    /** The Mautic Community Partners Program, used when a policy has no partnership section. */
    public static final PartnershipPolicy MAUTIC = new PartnershipPolicy(
            new PartnershipPolicy.Practical(3, 1),
            new PartnershipPolicy.Financial(3, new BigDecimal("100"), "USD", null, true,
                    new PartnershipPolicy.Grandfathering(new BigDecimal("100"), LocalDate.parse("2023-12-12"),
                            LocalDate.parse("2024-12-12"))),
            new PartnershipPolicy.Conduct(12),
            new PartnershipPolicy.Lifecycle(2, 3, 3),
            List.of());

    private static final Pattern TIER_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final int MAX_TEXT = 200;
    private static final int MAX_MONTHS = 36;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

    PartnershipPolicy read(PolicyObject section) {
        PartnershipPolicy.Practical practical = section.object("practical").map(this::practical)
                .orElse(MAUTIC.practical());
        PartnershipPolicy.Financial financial = section.absent("financial") ? MAUTIC.financial()
                : section.object("financial").map(this::financial).orElse(null);
        PartnershipPolicy.Conduct conduct = section.object("conduct").map(this::conduct).orElse(MAUTIC.conduct());
        PartnershipPolicy.Lifecycle lifecycle = section.object("lifecycle").map(this::lifecycle)
                .orElse(MAUTIC.lifecycle());
        List<PartnershipPolicy.Tier> tiers = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PolicyObject tier : section.objects("tiers")) {
            PartnershipPolicy.Tier read = tier(tier);
            if (!ids.add(read.id())) {
                tier.problem("id", "repeats " + read.id());
            }
            tiers.add(read);
        }
        section.refuseUnknownKeys();
        return new PartnershipPolicy(practical, financial, conduct, lifecycle, tiers);
    }

    private PartnershipPolicy.Practical practical(PolicyObject practical) {
        int months = months(practical, "months", MAUTIC.practical().months());
        int minimum = practical.whole("minimumContributions", 0)
                .orElse(MAUTIC.practical().minimumContributions());
        practical.refuseUnknownKeys();
        return new PartnershipPolicy.Practical(months, minimum);
    }

    private PartnershipPolicy.Financial financial(PolicyObject financial) {
        if (!financial.absent("required") && !financial.flag("required", true)) {
            financial.refuseUnknownKeys();
            return null;
        }
        PartnershipPolicy.Financial mautic = MAUTIC.financial();
        int months = months(financial, "months", mautic.months());
        BigDecimal base = amount(financial, "baseAmount", BigDecimal.ONE).orElse(mautic.baseAmount());
        String currency = financial.optionalText("currency", 3).orElse(mautic.currency());
        if (!"USD".equals(currency)) {
            financial.problem("currency", "is USD (the Big Mac index prices everything in dollars), not " + currency);
        }
        LocalDate edition = financial.optionalText("indexEdition", 10).flatMap(text ->
                date(financial, "indexEdition", text)).orElse(null);
        boolean memberships = financial.absent("membershipsCount") || financial.flag("membershipsCount", true);
        PartnershipPolicy.Grandfathering grandfathering = financial.absent("grandfathering") ? null
                : financial.object("grandfathering").map(this::grandfathering).orElse(null);
        financial.refuseUnknownKeys();
        return new PartnershipPolicy.Financial(months, base, currency, edition, memberships, grandfathering);
    }

    private PartnershipPolicy.Grandfathering grandfathering(PolicyObject rule) {
        BigDecimal minimum = amount(rule, "minimumMonthly", BigDecimal.ONE).orElse(BigDecimal.ONE);
        if (rule.absent("minimumMonthly")) {
            rule.problem("minimumMonthly", "is required");
        }
        LocalDate before = requiredDate(rule, "startedBefore");
        LocalDate until = requiredDate(rule, "eligibleUntil");
        if (before != null && until != null && until.isBefore(before)) {
            rule.problem("eligibleUntil", "is on or after startedBefore (" + before + "), not " + until);
        }
        rule.refuseUnknownKeys();
        return new PartnershipPolicy.Grandfathering(minimum, before, until);
    }

    private PartnershipPolicy.Conduct conduct(PolicyObject conduct) {
        int months = months(conduct, "months", MAUTIC.conduct().months());
        conduct.refuseUnknownKeys();
        return new PartnershipPolicy.Conduct(months);
    }

    private PartnershipPolicy.Lifecycle lifecycle(PolicyObject lifecycle) {
        PartnershipPolicy.Lifecycle mautic = MAUTIC.lifecycle();
        int grace = lifecycle.whole("graceMonths", 0).orElse(mautic.graceMonths());
        int delist = months(lifecycle, "delistAfterMonths", mautic.delistAfterMonths());
        if (delist <= grace) {
            lifecycle.problem("delistAfterMonths", "is more than graceMonths (" + grace + "): the first month below"
                    + " comes before the grace period, not " + delist);
        }
        int requests = lifecycle.whole("roadmapRequestsPerYear", 0).orElse(mautic.roadmapRequestsPerYear());
        lifecycle.refuseUnknownKeys();
        return new PartnershipPolicy.Lifecycle(grace, delist, requests);
    }

    private static PartnershipPolicy.Tier tier(PolicyObject tier) {
        String id = tier.text("id", 64);
        if (!id.isEmpty() && !TIER_ID.matcher(id).matches()) {
            tier.problem("id", "is lowercase letters, digits, - and _, starting with a letter, at most 64");
        }
        String label = tier.text("label", MAX_TEXT);
        int contributions = tier.whole("minimumContributions", 0).orElse(0);
        BigDecimal monthly = amount(tier, "minimumMonthly", BigDecimal.ZERO).orElse(BigDecimal.ZERO);
        tier.refuseUnknownKeys();
        return new PartnershipPolicy.Tier(id, label, contributions, monthly);
    }

    /** An amount of money as a person writes it: 100, not 1E+2. */
    private static Optional<BigDecimal> amount(PolicyObject object, String key, BigDecimal min) {
        return object.number(key, min, MAX_AMOUNT).map(amount -> amount.scale() < 0 ? amount.setScale(0) : amount);
    }

    private static int months(PolicyObject object, String key, int fallback) {
        int months = object.whole(key, 1).orElse(fallback);
        if (months > MAX_MONTHS) {
            object.problem(key, "is at most " + MAX_MONTHS + ", not " + months);
            return fallback;
        }
        return months;
    }

    private static LocalDate requiredDate(PolicyObject object, String key) {
        if (object.absent(key)) {
            object.problem(key, "is required");
            return null;
        }
        return object.optionalText(key, 10).flatMap(text -> date(object, key, text)).orElse(null);
    }

    private static Optional<LocalDate> date(PolicyObject object, String key, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            object.problem(key, "is a date YYYY-MM-DD, not " + text);
            return Optional.empty();
        }
    }
}
