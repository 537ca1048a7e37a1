package org.partnersplatform.core.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.partnersplatform.core.affiliation.Csv;
import org.partnersplatform.core.payment.ExchangeRateCommand;
import org.partnersplatform.core.payment.ExchangeRateService;
import org.partnersplatform.core.payment.PaymentImport;
import org.partnersplatform.core.payment.PaymentImportOutcome;
import org.partnersplatform.core.payment.PaymentImportReport;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the demo community financial evidence, through the CSV import an administrator would use: two organizations
 * paying USD monthly (one matched by its email domain, one by its website), a yearly payment in euros whose payer the
 * file matches, and two payers no organization owns. The euro payment is converted with a sample administrator's
 * rate the demo adds first, since the built-in Big Mac index may be loaded only after the demo is seeded.
 */
@Singleton
@Requires(property = "partners.demo.enabled", value = "true")
class DemoPayments {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPayments.class);
    private static final int MONTHS = 6;

    private final PaymentImport imports;
    private final ExchangeRateService rates;
    private final DeploymentTime time;

    DemoPayments(PaymentImport imports, ExchangeRateService rates, DeploymentTime time) {
        this.imports = imports;
        this.rates = rates;
        this.time = time;
    }

    /** Imports the payments of the first three demo organizations (the most engaged) and of two unmatched payers. */
    void seed(List<DemoOrganization> organizations) {
        if (organizations.size() < 3) {
            return;
        }
        DemoOrganization byEmail = organizations.get(0);
        DemoOrganization byWebsite = organizations.get(1);
        DemoOrganization inEuros = organizations.get(2);
        StringBuilder csv = new StringBuilder(Csv.line(List.of("payment_id", "payer", "payer_email", "payer_website",
                "amount", "currency", "paid_on", "recurrence", "tier", "organization")));
        YearMonth current = time.currentMonth();
        rates.add(new ExchangeRateCommand("EUR", current.minusMonths(MONTHS).atDay(1).toString(), "1.08",
                "sample rate of the demo"), "demo");
        for (int m = 1; m <= MONTHS; m++) {
            LocalDate day = current.minusMonths(m).atDay(5);
            csv.append(Csv.line(List.of("demo-" + byEmail.domain() + "-" + day, byEmail.name() + " Inc.",
                    "billing@" + byEmail.domain(), "", "150.00", "USD", day.toString(), "monthly", "Gold", "")));
            csv.append(Csv.line(List.of("demo-" + byWebsite.domain() + "-" + day, byWebsite.name(), "",
                    "https://www." + byWebsite.domain(), "100.00", "USD", day.toString(), "monthly", "Silver", "")));
            csv.append(Csv.line(List.of("demo-friend-" + day, "A Generous Friend", "friend@gmail.com", "", "25.00",
                    "USD", day.toString(), "monthly", "", "")));
        }
        LocalDate yearly = current.minusMonths(2).atDay(12);
        csv.append(Csv.line(List.of("demo-" + inEuros.domain() + "-" + yearly, inEuros.name() + " GmbH", "", "",
                "1200.00", "EUR", yearly.toString(), "yearly", "Corporate", inEuros.name())));
        csv.append(Csv.line(List.of("demo-meetup-" + yearly, "Community Meetup Fund", "", "", "80.00", "USD",
                yearly.toString(), "one_time", "", "")));
        PaymentImportReport report = imports.apply(csv.toString(), "demo");
        LOG.info("Demo payments: {} imported", report.counts().get(PaymentImportOutcome.CREATE));
    }
}
