package org.partnersplatform.core.payment;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.partnersplatform.core.ConflictException;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.time.DeploymentTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Administrators' exchange rates. Adding one converts again the payments it now applies to: those in its currency
 * paid on or after its first day and before the currency's next rate.
 */
@Singleton
public class ExchangeRateService {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeRateService.class);
    private static final Pattern RATE = Pattern.compile("\\d{1,12}(\\.\\d{1,12})?");

    private final ExchangeRateRepository rates;
    private final PaymentRepository payments;
    private final ExchangeRates conversion;
    private final DeploymentTime time;
    private final Clock clock;

    ExchangeRateService(ExchangeRateRepository rates, PaymentRepository payments, ExchangeRates conversion,
                        DeploymentTime time, Clock clock) {
        this.rates = rates;
        this.payments = payments;
        this.conversion = conversion;
        this.time = time;
        this.clock = clock;
    }

    /** Every administrator's rate, by currency, newest first. */
    public List<ExchangeRate> list() {
        return rates.listByCurrency();
    }

    /**
     * Adds a rate and converts again the payments it applies to.
     *
     * @throws InvalidRequestException naming each bad field
     * @throws ConflictException if the currency already has a rate from that day
     */
    @Transactional
    public AddedRate add(ExchangeRateCommand command, String by) {
        Map<String, String> problems = new LinkedHashMap<>();
        Currency currency = PaymentFields.currency(command.currency(), "currency", problems);
        if (currency != null && currency.getCurrencyCode().equals("USD")) {
            problems.put("currency", "is not USD: US dollars need no rate");
        }
        LocalDate validFrom = PaymentFields.day(command.validFrom(), "validFrom", problems);
        BigDecimal usdPerUnit = null;
        if (command.usdPerUnit() == null || !RATE.matcher(command.usdPerUnit().strip()).matches()
                || new BigDecimal(command.usdPerUnit().strip()).signum() <= 0) {
            problems.put("usdPerUnit", "is required: US dollars per unit, a positive decimal with at most 12 decimals");
        } else {
            usdPerUnit = new BigDecimal(command.usdPerUnit().strip());
        }
        String source = PaymentFields.text(command.source(), 200, "source", problems);
        if (source == null && !problems.containsKey("source")) {
            problems.put("source", "is required: where the rate comes from");
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("the exchange rate is not valid", problems);
        }
        String code = currency.getCurrencyCode();
        if (rates.findByCurrencyAndValidFrom(code, validFrom).isPresent()) {
            throw new ConflictException("a rate for " + code + " from " + validFrom + " exists already");
        }
        Instant now = clock.instant();
        ExchangeRate saved = rates.save(new ExchangeRate(null, code, validFrom, usdPerUnit, source, by, now));
        Instant from = validFrom.atStartOfDay(time.zone()).toInstant();
        Optional<Instant> until = rates.nextAfter(code, validFrom)
                .map(next -> next.validFrom().atStartOfDay(time.zone()).toInstant());
        int converted = 0;
        for (Payment payment : payments.findByCurrencyAndPaidAtGreaterThanEquals(code, from)) {
            if (until.isPresent() && !payment.paidAt().isBefore(until.get())) {
                continue;
            }
            Conversion again = conversion.convert(payment.amount(), currency, time.dayOf(payment.paidAt()));
            payments.update(payment.withConversion(again, now));
            converted++;
        }
        LOG.info("Exchange rate {} from {} ({} USD) added by {}; {} payments converted again", code, validFrom,
                usdPerUnit.toPlainString(), by, converted);
        return new AddedRate(saved, converted);
    }

    /** A rate just added and how many payments were converted again with it. */
    public record AddedRate(ExchangeRate rate, int paymentsConverted) {
    }
}
