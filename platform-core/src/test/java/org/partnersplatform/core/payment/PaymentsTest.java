package org.partnersplatform.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.organization.OrganizationAliases;
import org.partnersplatform.core.organization.OrganizationCommand;
import org.partnersplatform.core.organization.OrganizationService;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Payments stored from CSV files and by hand: conversion with the shipped Big Mac index and administrators' rates,
 * matching payers by domain, suggestions by name, dry runs and re-imports.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentsTest implements TestPropertyProvider {

    private static final String HEADER =
            "payment_id,payer,payer_email,payer_website,amount,currency,paid_on,recurrence,tier,organization\n";

    private Jdbc jdbc;

    @Inject
    ExchangeRates rates;

    @Inject
    ExchangeRateService exchangeRates;

    @Inject
    PaymentImport imports;

    @Inject
    ManualPayments manual;

    @Inject
    PaymentListing listing;

    @Inject
    PayerService payers;

    @Inject
    PayerSuggestions suggestions;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationAliases aliases;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = CoreTestProperties.with(TestPluginJars.newDirectory());
        jdbc = new Jdbc(properties);
        return properties;
    }

    @Test
    void conversionTakesUsdAsItIsThenAnAdministratorsRateThenTheBigMacMarketRate() {
        Conversion usd = rates.convert(new BigDecimal("100"), Currency.getInstance("USD"), LocalDate.of(2021, 1, 1));
        assertEquals(new BigDecimal("100.0000"), usd.usdAmount());
        assertEquals("USD, no conversion", usd.basis());

        Conversion euro = rates.convert(new BigDecimal("100"), Currency.getInstance("EUR"), LocalDate.of(2021, 1, 1));
        assertEquals(new BigDecimal("121.5050"), euro.usdAmount());
        assertEquals(new BigDecimal("1.215049999569"), euro.usdRate());
        assertEquals("Big Mac index 2021-01-01 market rate (dollar_ex 0.823011399)", euro.basis());

        Conversion dong = rates.convert(new BigDecimal("250000"), Currency.getInstance("VND"),
                LocalDate.of(2021, 3, 15));
        assertEquals("Big Mac index 2021-01-01 market rate (dollar_ex 23064)", dong.basis());
        assertEquals(new BigDecimal("10.8394"), dong.usdAmount());

        Conversion beforeIndex = rates.convert(BigDecimal.ONE, Currency.getInstance("CHF"), LocalDate.of(1999, 1, 1));
        assertNull(beforeIndex.usdAmount());
        assertEquals("no rate found for CHF on 1999-01-01: add an administrator's rate", beforeIndex.basis());
    }

    @Test
    void anAdministratorsRateWinsAndConvertsAgainThePaymentsItAppliesTo() {
        imports.apply(HEADER
                + "r-1,Rate Payer,rates@rate.example,,10,ISK,2021-02-10,one_time,,\n"
                + "r-2,Rate Payer,rates@rate.example,,20,ISK,2021-03-10,one_time,,\n"
                + "r-3,Rate Payer,rates@rate.example,,30,ISK,2021-04-10,one_time,,\n", "admin");
        assertEquals("no rate found for ISK on 2021-02-10: add an administrator's rate", basisOf("r-1"));

        exchangeRates.add(new ExchangeRateCommand("ISK", "2021-04-01", "0.008", "Central Bank of Iceland"), "admin");
        ExchangeRateService.AddedRate added = exchangeRates.add(new ExchangeRateCommand("isk", "2021-03-01",
                "0.0075", "Central Bank of Iceland"), "admin");

        assertEquals(1, added.paymentsConverted(), "only r-2 lies between 2021-03-01 and the next rate");
        assertEquals("no rate found for ISK on 2021-02-10: add an administrator's rate", basisOf("r-1"));
        assertEquals("0.1500", jdbc.value("SELECT usd_amount FROM payment WHERE payment_key = 'r-2'"));
        assertEquals("administrator's rate from 2021-03-01 (0.0075 USD per ISK; Central Bank of Iceland)",
                basisOf("r-2"));
        assertEquals("0.2400", jdbc.value("SELECT usd_amount FROM payment WHERE payment_key = 'r-3'"));
        assertEquals(1, listing.list(new PaymentFilter(null, false, true, YearMonth.of(2021, 2), 10, 0)).size());

        assertThrows(ConflictException.class, () -> exchangeRates.add(new ExchangeRateCommand("ISK", "2021-03-01",
                "0.007", "again"), "admin"));
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> exchangeRates.add(
                new ExchangeRateCommand("USD", "2021-13-01", "-1", ""), "admin"));
        assertEquals(Set.of("currency", "validFrom", "usdPerUnit", "source"), invalid.problems().keySet());
    }

    @Test
    void aDryRunChangesNothingApplyingStoresAndReimportingIsAllUnchanged() {
        organizations.create(new OrganizationCommand("Csv Acme", null, null), List.of("csvacme.example"));
        aliases.add("csv-acme", "Acme Csv Holdings");
        String file = HEADER
                + "c-1,Csv Acme Inc.,billing@csvacme.example,,100,USD,2024-01-05,monthly,Gold,\n"
                + "c-2,Csv Acme Inc.,billing@csvacme.example,,100,USD,2024-02-05,monthly,Gold,\n"
                + "c-3,Hans Meier,,https://meier.example,50.50,eur,2024-02-10,one_time,,Acme Csv Holdings\n"
                + "c-4,Someone,,,abc,USD,2024-02-10,weekly,,\n"
                + "c-5,Someone,,,10,USD,2024-02-10,,,no-such-org\n"
                + "c-1,Csv Acme Inc.,billing@csvacme.example,,100,USD,2024-01-05,monthly,Gold,\n";

        PaymentImportReport dryRun = imports.dryRun(file);
        assertEquals(false, dryRun.applied());
        assertEquals(Map.of(PaymentImportOutcome.CREATE, 3, PaymentImportOutcome.UPDATE, 0,
                PaymentImportOutcome.UNCHANGED, 0, PaymentImportOutcome.INVALID, 2,
                PaymentImportOutcome.UNKNOWN_ORGANIZATION, 1), dryRun.counts());
        assertEquals("amount: \"abc\" is not an amount such as 100 or 99.50; recurrence: \"weekly\" is not one of"
                + " one_time, monthly, yearly", dryRun.rows().get(3).message());
        assertEquals("the payment_id c-1 is already on line 2", dryRun.rows().get(5).message());
        assertEquals("0", jdbc.value("SELECT COUNT(*) FROM payment WHERE origin = 'csv' AND payment_key LIKE 'c-%'"));

        PaymentImportReport applied = imports.apply(file, "alice");
        assertEquals(dryRun.counts(), applied.counts());
        assertEquals("3", jdbc.value("SELECT COUNT(*) FROM payment WHERE origin = 'csv' AND payment_key LIKE 'c-%'"));
        assertEquals("alice", jdbc.value("SELECT entered_by FROM payment WHERE payment_key = 'c-3'"));
        assertEquals("50.5000 EUR", jdbc.value("SELECT amount || ' ' || currency FROM payment"
                + " WHERE payment_key = 'c-3'"));
        assertEquals("csv-acme ADMIN", jdbc.value("SELECT o.slug || ' ' || y.matched_by FROM payer y"
                + " JOIN organization o ON o.id = y.organization_id WHERE y.name = 'Hans Meier'"));
        assertEquals("csv-acme EMAIL_DOMAIN", jdbc.value("SELECT o.slug || ' ' || y.matched_by FROM payer y"
                + " JOIN organization o ON o.id = y.organization_id WHERE y.account_id = 'billing@csvacme.example'"));

        PaymentImportReport again = imports.apply(file, "alice");
        assertEquals(3, again.counts().get(PaymentImportOutcome.UNCHANGED));
        assertEquals(0, again.counts().get(PaymentImportOutcome.CREATE) + again.counts().get(
                PaymentImportOutcome.UPDATE));

        PaymentImportReport changed = imports.dryRun(HEADER
                + "c-2,Csv Acme Inc.,billing@csvacme.example,,120,USD,2024-02-05,monthly,Gold,\n");
        assertEquals(PaymentImportOutcome.UPDATE, changed.rows().get(0).outcome());
        imports.apply(HEADER + "c-2,Csv Acme Inc.,billing@csvacme.example,,120,USD,2024-02-05,monthly,Gold,\n",
                "bob");
        assertEquals("120.0000 1", jdbc.value("SELECT amount || ' ' || COUNT(*) OVER () FROM payment"
                + " WHERE payment_key = 'c-2'"));

        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> imports.dryRun("payment_id,payer,amount\nx,y,1\n"));
        assertTrue(missing.getMessage().contains("lacks the column(s) currency, paid_on"), missing.getMessage());
    }

    @Test
    void payersAreMatchedByWebsiteOrEmailDomainButNeverOverAnAdministrator() {
        organizations.create(new OrganizationCommand("Dom Initech", null, null), List.of("initech.example"));
        organizations.create(new OrganizationCommand("Dom Hooli", null, null), List.of("hooli.example"));
        manual.enter(command("Initech", "someone@gmail.com", "https://www.initech.example/about", "m-site"), "admin");
        PaymentView byMail = manual.enter(command("Hooli", "ap@eu.hooli.example", null, "m-mail"), "admin");
        assertEquals("dom-hooli", byMail.organizationSlug());
        assertEquals("manual", byMail.origin());
        assertEquals("admin", byMail.enteredBy());
        PayerView bySite = payers.list(false).stream().filter(p -> "Initech".equals(p.name())).findFirst()
                .orElseThrow();
        assertEquals(MatchedBy.WEBSITE_DOMAIN, bySite.matchedBy());
        assertEquals("dom-initech", bySite.organizationSlug());

        payers.decide(bySite.id(), new PayerDecision("dom-hooli", false), "admin");
        manual.enter(command("Initech", "someone@gmail.com", "https://www.initech.example/about", "m-site-2"),
                "admin");
        PayerView kept = payers.get(bySite.id());
        assertEquals("dom-hooli", kept.organizationSlug());
        assertEquals(MatchedBy.ADMIN, kept.matchedBy());

        payers.decide(bySite.id(), PayerDecision.unmatch(), "admin");
        manual.enter(command("Initech", "someone@gmail.com", "https://www.initech.example/about", "m-site-3"),
                "admin");
        assertNull(payers.get(bySite.id()).organizationSlug(), "an unmatch by an administrator stays");
        assertTrue(payers.list(true).stream().anyMatch(p -> p.id() == bySite.id()));

        payers.decide(bySite.id(), new PayerDecision(null, true), "admin");
        assertTrue(payers.get(bySite.id()).individual());
        assertTrue(payers.list(true).stream().noneMatch(p -> p.id() == bySite.id()));

        assertThrows(NotFoundException.class, () -> payers.decide(bySite.id(), new PayerDecision("nope", false),
                "admin"));
        assertThrows(NotFoundException.class, () -> payers.decide(999_999, PayerDecision.unmatch(), "admin"));
        assertThrows(InvalidRequestException.class, () -> payers.decide(bySite.id(),
                new PayerDecision("dom-hooli", true), "admin"));
    }

    @Test
    void payersWhoseNameIsAnOrganizationsNameOrAliasAreSuggestedNotMatched() {
        organizations.create(new OrganizationCommand("Umbrella Labs", null, null), List.of());
        aliases.add("umbrella-labs", "Umbrella Corp Research");
        manual.enter(command("UMBRELLA LABS, Inc.", null, null, "s-1"), "admin");
        manual.enter(command("Umbrella Corp. Research GmbH", null, null, "s-2"), "admin");
        manual.enter(command("Unrelated Name", null, null, "s-3"), "admin");

        List<PayerSuggestion> found = suggestions.suggestions().stream()
                .filter(s -> s.organizationSlug().equals("umbrella-labs")).toList();
        assertEquals(List.of("UMBRELLA LABS, Inc.", "Umbrella Corp. Research GmbH"),
                found.stream().map(PayerSuggestion::payerName).toList());
        assertEquals("the payer's name \"Umbrella Corp. Research GmbH\" matches its alias \"Umbrella Corp Research\"",
                found.get(1).reason());
        assertEquals("0", jdbc.value("SELECT COUNT(*) FROM payer WHERE name LIKE 'UMBRELLA%'"
                + " AND organization_id IS NOT NULL"));
    }

    @Test
    void aManualEntryNamesEachBadFieldAndAnUnknownOrganization() {
        InvalidRequestException invalid = assertThrows(InvalidRequestException.class, () -> manual.enter(
                new ManualPaymentCommand("", "x", "ftp://a.example", "1.123456", "EURO", "yesterday", "daily",
                        null, null, null), "admin"));
        assertEquals(Set.of("payer", "payerEmail", "payerWebsite", "amount", "currency", "paidOn", "recurrence"),
                invalid.problems().keySet());
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> manual.enter(new ManualPaymentCommand(
                "A", null, null, "1", "USD", "2024-01-01", null, null, "no-such-organization", null), "admin"));
        assertEquals("no organization has the slug, alias or name \"no-such-organization\"", unknown.getMessage());
    }

    private static ManualPaymentCommand command(String payer, String email, String website, String note) {
        return new ManualPaymentCommand(payer, email, website, "100", "USD", "2024-03-01", "monthly", null, null,
                note);
    }

    private String basisOf(String key) {
        return jdbc.value("SELECT rate_basis FROM payment WHERE payment_key = ?", key);
    }
}
