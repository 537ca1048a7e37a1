package org.partnersplatform.core.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** Eligibility reports on {@link EligibilityFixture} with the real Big Mac index the application ships. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EligibilityServiceTest implements TestPropertyProvider {

    private static final LocalDate AS_OF = EligibilityFixture.AS_OF;

    private boolean loaded;
    private Jdbc jdbc;

    @Inject
    EligibilityService eligibility;

    @Inject
    PracticalMonths practicalMonths;

    @Inject
    FinancialMonths financialMonths;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, EligibilityFixture.SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("partners.policy.file", EligibilityFixture.policyFile(EligibilityFixture.POLICY).toString());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized void fixture() {
        if (!loaded) {
            EligibilityFixture.load(installations, syncs, organizations, domains, jdbc);
            loaded = true;
        }
    }

    @Test
    void anOrganizationMeetingEveryCriterionIsEligibleUnderThePolicysVersion() {
        fixture();
        EligibilityReport report = eligibility.evaluate("allgood", AS_OF);
        assertTrue(report.eligible());
        assertEquals("eligibility-test-1", report.policyVersion());
        assertEquals("All Good", report.organizationName());
        assertEquals(List.of(Criterion.PRACTICAL, Criterion.FINANCIAL, Criterion.CONDUCT),
                report.criteria().stream().map(CriterionResult::criterion).toList());
        CriterionResult practical = report.criteria().get(0);
        assertEquals("Contributions in Aug 2026 (2), Sep 2026 (1) and Oct 2026 (1): every month meets the minimum"
                + " of 1.", practical.summary());
        assertEquals(List.of(new Evidence("2026-08", "accepted contributions", "2", "at least 1", true),
                new Evidence("2026-09", "accepted contributions", "1", "at least 1", true),
                new Evidence("2026-10", "accepted contributions", "1", "at least 1", true)), practical.evidence());
        CriterionResult financial = report.criteria().get(1);
        assertEquals("Payments in Aug 2026 (USD 100.00), Sep 2026 (USD 100.00) and Oct 2026 (USD 100.00) against the"
                + " threshold of USD 100.00 for United States (edition 2021-01-01): every month meets it.",
                financial.summary());
        assertEquals(new Evidence("2026-09", "payments in USD", "100.00", "at least 100.00", true),
                financial.evidence().get(1));
        CriterionResult conduct = report.criteria().get(2);
        assertTrue(conduct.passed());
        assertEquals("No confirmed code-of-conduct breach in the 12 months before 2026-11-23.", conduct.summary());
        assertEquals(List.of(new Evidence("2025-11-23 to 2026-11-22", "confirmed code-of-conduct breaches", "0",
                "none", true)), conduct.evidence());
    }

    @Test
    void aMonthWithoutContributionsFailsThePracticalCriterionAndNamesTheMonth() {
        fixture();
        EligibilityReport report = eligibility.evaluate("slacker", AS_OF);
        assertFalse(report.eligible());
        CriterionResult practical = report.criteria().get(0);
        assertFalse(practical.passed());
        assertEquals("Contributions in Aug 2026 (2), Sep 2026 (0) and Oct 2026 (1): September is below the minimum"
                + " of 1. It can pass on 2027-01-01 at the earliest, if every month from Nov 2026 on meets the"
                + " minimum.", practical.summary());
        assertEquals(new Evidence("2026-09", "accepted contributions", "0", "at least 1", false),
                practical.evidence().get(1));
        assertEquals(LocalDate.of(2027, 1, 1), practical.nextPassOn(), "September leaves the window in January");
        assertTrue(report.criteria().get(1).passed());
        assertTrue(report.criteria().get(2).passed());
    }

    @Test
    void aMonthWithoutPaymentsFailsTheFinancialCriterionAndAnUnconvertedPaymentIsReportedNotCounted() {
        fixture();
        CriterionResult financial = eligibility.evaluate("gappy", AS_OF).criteria().get(1);
        assertFalse(financial.passed());
        assertEquals("Payments in Aug 2026 (USD 100.00), Sep 2026 (USD 0.00) and Oct 2026 (USD 120.00) against the"
                + " threshold of USD 100.00 for United States (edition 2021-01-01): September is below it. 1 payment"
                + " paid in Sep 2026 is not yet converted to USD and not counted. It can pass on 2027-01-01 at the"
                + " earliest, if every month from Nov 2026 on is paid at or above the threshold.", financial.summary());
        assertEquals(List.of(new Evidence("2026-08", "payments in USD", "100.00", "at least 100.00", true),
                new Evidence("2026-09", "payments in USD", "0.00", "at least 100.00", false),
                new Evidence("2026-10", "payments in USD", "120.00", "at least 100.00", true),
                new Evidence("2026-09", "payment not yet converted to USD, not counted", "90.00 EUR, one-time",
                        "a USD rate for the day it was paid", false)), financial.evidence());
        assertTrue(eligibility.evaluate("gappy", AS_OF).criteria().get(0).passed());
    }

    @Test
    void theSamePaymentsFailInTheUnitedStatesAndPassInVietnam() {
        fixture();
        CriterionResult us = eligibility.evaluate("usco", AS_OF).criteria().get(1);
        assertFalse(us.passed());
        assertEquals("Payments in Aug 2026 (USD 60.00), Sep 2026 (USD 60.00) and Oct 2026 (USD 60.00) against the"
                + " threshold of USD 100.00 for United States (edition 2021-01-01): August, September and October"
                + " are below it. It can pass on 2027-02-01 at the earliest, if every month from Nov 2026 on is paid at"
                + " or above the threshold.", us.summary());
        assertEquals(LocalDate.of(2027, 2, 1), us.nextPassOn());
        CriterionResult vietnam = eligibility.evaluate("vietco", AS_OF).criteria().get(1);
        assertTrue(vietnam.passed());
        assertEquals("Payments in Aug 2026 (USD 60.00), Sep 2026 (USD 60.00) and Oct 2026 (USD 60.00) against the"
                + " threshold of USD 58.52 for Vietnam (edition 2021-01-01): every month meets it.",
                vietnam.summary());
        assertEquals(new Evidence("2026-10", "payments in USD", "60.00", "at least 58.52", true),
                vietnam.evidence().get(2));
    }

    @Test
    void aBreachElevenMonthsAgoFailsUntilItAgesOutAndOneThirteenMonthsAgoNoLongerCounts() {
        fixture();
        EligibilityReport report = eligibility.evaluate("breached", AS_OF);
        CriterionResult conduct = report.criteria().get(2);
        assertFalse(conduct.passed());
        assertEquals("1 confirmed code-of-conduct breach in the 12 months before 2026-11-23, the last on 2025-12-23:"
                + " it passes on 2026-12-23 if no other breach is confirmed.", conduct.summary());
        assertEquals(LocalDate.of(2026, 12, 23), conduct.nextPassOn());
        assertEquals(List.of(new Evidence("2025-12-23", "confirmed code-of-conduct breaches", "1", "none", false)),
                conduct.evidence());
        assertFalse(conduct.summary().contains("details"));
        assertTrue(eligibility.evaluate("breached", LocalDate.of(2026, 12, 23)).criteria().get(2).passed());
        assertTrue(eligibility.evaluate("allgood", AS_OF).criteria().get(2).passed());
        assertFalse(eligibility.evaluate("allgood", AS_OF.minusMonths(2)).criteria().get(2).passed());
    }

    @Test
    void aYearlyPaymentCountsATwelfthInEachOfItsMonthsAndNoCountryMeansTheBaseAmount() {
        fixture();
        CriterionResult financial = eligibility.evaluate("breached", AS_OF).criteria().get(1);
        assertTrue(financial.passed());
        assertEquals("Payments in Aug 2026 (USD 100.00), Sep 2026 (USD 100.00) and Oct 2026 (USD 100.00) against the"
                + " base amount of USD 100.00 (no country is recorded for Breached): every month meets it.",
                financial.summary());
        long breached = organizations.findBySlug("breached").orElseThrow().id();
        Map<YearMonth, BigDecimal> usd = financialMonths.usd(breached, YearMonth.of(2026, 6), YearMonth.of(2027, 7));
        assertEquals(14, usd.size());
        assertEquals(new BigDecimal("0.00"), usd.get(YearMonth.of(2026, 6)));
        assertEquals(new BigDecimal("100.00"), usd.get(YearMonth.of(2026, 7)));
        assertEquals(new BigDecimal("100.00"), usd.get(YearMonth.of(2027, 6)));
        assertEquals(new BigDecimal("0.00"), usd.get(YearMonth.of(2027, 7)));
    }

    @Test
    void aMembershipCoveringTheMonthsMeetsTheFinancialCriterion() {
        fixture();
        CriterionResult financial = eligibility.evaluate("memberco", AS_OF).criteria().get(1);
        assertTrue(financial.passed());
        assertEquals("Payments in Aug 2026 (USD 0.00), Sep 2026 (USD 0.00) and Oct 2026 (USD 0.00) against the"
                + " threshold of USD 105.60 for Germany (euro area (EUZ) in edition 2021-01-01): August, September and"
                + " October are below it, covered by the membership corporate member, gold, from 2026-01-01 on.",
                financial.summary());
        assertEquals(new Evidence("2026-08", "membership", "corporate member, gold, from 2026-01-01 on",
                "covers the month", true), financial.evidence().get(1));
        assertFalse(eligibility.evaluate("memberco", LocalDate.of(2026, 3, 1)).criteria().get(1).passed());
    }

    @Test
    void aGrandfatheredSponsorMeetsTheFinancialCriterionUntilTheLastEligibleDayOnly() {
        fixture();
        CriterionResult onTheDay = eligibility.evaluate("legacy", LocalDate.of(2024, 12, 12)).criteria().get(1);
        assertTrue(onTheDay.passed());
        assertEquals("Payments in Sep 2024 (USD 0.00), Oct 2024 (USD 0.00) and Nov 2024 (USD 0.00) against the"
                + " threshold of USD 100.00 for United States (edition 2021-01-01): September, October and November"
                + " are below it. The grandfathered sponsorship (USD 150.00 a month since 2023-06-01) meets the"
                + " criterion until 2024-12-12.", onTheDay.summary());
        assertEquals(new Evidence("until 2024-12-12", "grandfathered sponsorship", "USD 150.00 a month since"
                + " 2023-06-01", "at least USD 100.00 a month before 2023-12-12; counts until 2024-12-12", true),
                onTheDay.evidence().get(3));
        CriterionResult after = eligibility.evaluate("legacy", LocalDate.of(2024, 12, 13)).criteria().get(1);
        assertFalse(after.passed());
        assertTrue(after.summary().endsWith("The grandfathered sponsorship (USD 150.00 a month since 2023-06-01)"
                + " met the criterion only until 2024-12-12. It can pass on 2025-03-01 at the earliest, if every month"
                + " from Dec 2024 on is paid at or above the threshold."), after.summary());
        assertEquals(LocalDate.of(2025, 3, 1), after.nextPassOn());
        assertNull(onTheDay.nextPassOn(), "a criterion that passes has no next pass");
        assertFalse(after.evidence().get(3).met());
    }

    @Test
    void practicalMonthsCountAcceptedContributionsOfPeopleWhoAreNotBotsInEveryMonth() {
        fixture();
        long allgood = organizations.findBySlug("allgood").orElseThrow().id();
        Map<YearMonth, Long> counts = practicalMonths.contributions(allgood, YearMonth.of(2026, 7),
                YearMonth.of(2026, 11));
        assertEquals(List.of(YearMonth.of(2026, 7), EligibilityFixture.AUG, EligibilityFixture.SEP,
                EligibilityFixture.OCT, YearMonth.of(2026, 11)), List.copyOf(counts.keySet()));
        assertEquals(List.of(0L, 2L, 1L, 1L, 1L), List.copyOf(counts.values()));
        jdbc.update("UPDATE activity SET review_state = 'PENDING' WHERE organization_id = ?"
                + " AND occurred_at >= TIMESTAMP WITH TIME ZONE '2026-11-01 00:00:00+00'", allgood);
        assertEquals(0L, practicalMonths.contributions(allgood, YearMonth.of(2026, 11), YearMonth.of(2026, 11))
                .get(YearMonth.of(2026, 11)));
        assertThrows(InvalidRequestException.class, () -> practicalMonths.contributions(allgood,
                YearMonth.of(2026, 11), YearMonth.of(2026, 10)));
    }

    @Test
    void anUnknownOrganizationIsNotFound() {
        assertThrows(NotFoundException.class, () -> eligibility.evaluate("nobody", AS_OF));
    }
}
