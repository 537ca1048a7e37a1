package org.partnersplatform.core.payment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import org.partnersplatform.core.finance.ThresholdConfiguration;

/**
 * Converts an amount to US dollars on the day it was paid, taking the rate from, in this order: none needed for USD;
 * the administrator's rate for the currency with the latest {@code valid_from} on or before the day; the market rate
 * ({@code dollar_ex}, local units per US dollar) of the Big Mac index edition, of the deployment's data set when one
 * is pinned, with the latest date on or before the day that lists a country paying in that currency (the euro is the
 * {@code EUZ} row); otherwise no conversion, and the basis says no rate was found.
 */
@Singleton
public class ExchangeRates {

    static final int RATE_SCALE = 12;
    static final int AMOUNT_SCALE = 4;
    private static final String USD = "USD";
    private static final int MAX_BASIS = 200;

    private final ExchangeRateRepository rates;
    private final JdbcOperations jdbc;
    private final ThresholdConfiguration thresholds;

    ExchangeRates(ExchangeRateRepository rates, JdbcOperations jdbc, ThresholdConfiguration thresholds) {
        this.rates = rates;
        this.jdbc = jdbc;
        this.thresholds = thresholds;
    }

    /** The amount in US dollars on that day, with where the rate came from. */
    @ReadOnly
    public Conversion convert(BigDecimal amount, Currency currency, LocalDate day) {
        String code = currency.getCurrencyCode();
        if (USD.equals(code)) {
            return new Conversion(amount.setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN), BigDecimal.ONE,
                    "USD, no conversion");
        }
        Optional<ExchangeRate> administrator = rates.latestOnOrBefore(code, day);
        if (administrator.isPresent()) {
            ExchangeRate rate = administrator.get();
            return new Conversion(amount.multiply(rate.usdPerUnit()).setScale(AMOUNT_SCALE, RoundingMode.HALF_EVEN),
                    rate.usdPerUnit(), basis("administrator's rate from " + rate.validFrom() + " ("
                            + plain(rate.usdPerUnit()) + " USD per " + code + "; " + rate.source() + ")"));
        }
        Optional<MarketRate> market = marketRate(code, day);
        if (market.isPresent()) {
            BigDecimal dollarEx = market.get().dollarEx();
            return new Conversion(amount.divide(dollarEx, AMOUNT_SCALE, RoundingMode.HALF_EVEN),
                    BigDecimal.ONE.divide(dollarEx, RATE_SCALE, RoundingMode.HALF_EVEN),
                    basis("Big Mac index " + market.get().edition() + " market rate (dollar_ex "
                            + plain(dollarEx) + ")"));
        }
        return new Conversion(null, null, "no rate found for " + code + " on " + day
                + ": add an administrator's rate");
    }

    private Optional<MarketRate> marketRate(String currency, LocalDate day) {
        String pinned = thresholds.dataSet() == null || thresholds.dataSet().isBlank() ? null : thresholds.dataSet();
        String sql = "SELECT p.dollar_ex, e.edition_date FROM threshold_price p"
                + " JOIN threshold_edition e ON e.id = p.edition_id"
                + " WHERE p.currency_code = ? AND e.edition_date <= ? AND p.dollar_ex > 0"
                + (pinned == null ? "" : " AND e.data_set = ?")
                + " ORDER BY e.edition_date DESC, CASE WHEN p.iso_a3 = 'EUZ' THEN 0 ELSE 1 END, e.id DESC LIMIT 1";
        return jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, currency);
            statement.setDate(2, Date.valueOf(day));
            if (pinned != null) {
                statement.setString(3, pinned);
            }
            try (ResultSet found = statement.executeQuery()) {
                return found.next()
                        ? Optional.of(new MarketRate(found.getBigDecimal(1), found.getDate(2).toLocalDate()))
                        : Optional.<MarketRate>empty();
            }
        });
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String basis(String text) {
        return text.length() <= MAX_BASIS ? text : text.substring(0, MAX_BASIS - 1) + "…";
    }

    private record MarketRate(BigDecimal dollarEx, LocalDate edition) {
    }
}
