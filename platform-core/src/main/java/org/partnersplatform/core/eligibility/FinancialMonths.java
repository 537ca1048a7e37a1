package org.partnersplatform.core.eligibility;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.time.DeploymentTime;

/**
 * An organization's payments per month in US dollars, from the payers matched to it. A one-time or monthly payment
 * counts in full in the month it was paid; a yearly payment counts one twelfth in each of the 12 months from the month
 * it was paid. Months are calendar months in the deployment's time zone. A payment not yet converted to dollars (no
 * rate known for its currency on the day) counts nothing and is reported instead, so the evidence can say so.
 */
@Singleton
public class FinancialMonths {

    private static final int YEAR = 12;
    private static final String SQL = "SELECT p.paid_at, p.recurrence, p.usd_amount, p.amount, p.currency"
            + " FROM payment p JOIN payer y ON y.id = p.payer_id"
            + " WHERE y.organization_id = ? AND p.paid_at >= ? AND p.paid_at < ? ORDER BY p.paid_at, p.id";

    private final JdbcOperations jdbc;
    private final DeploymentTime time;

    public FinancialMonths(JdbcOperations jdbc, DeploymentTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /**
     * The US dollars counted in each month from {@code from} to {@code to}, both included, to the cent: every month
     * is present, with 0.00 when nothing counts.
     *
     * @throws org.partnersplatform.core.InvalidRequestException when {@code to} is before {@code from}
     */
    @ReadOnly
    public Map<YearMonth, BigDecimal> usd(long organizationId, YearMonth from, YearMonth to) {
        return read(organizationId, from, to).usd();
    }

    /**
     * The dollars counted per month and the payments that would count in those months but are not converted yet.
     *
     * @throws org.partnersplatform.core.InvalidRequestException when {@code to} is before {@code from}
     */
    @ReadOnly
    public Reading read(long organizationId, YearMonth from, YearMonth to) {
        MonthWindow window = new MonthWindow(from, to);
        Map<YearMonth, BigDecimal> sums = new LinkedHashMap<>();
        window.months().forEach(month -> sums.put(month, BigDecimal.ZERO));
        List<Unconverted> unconverted = new ArrayList<>();
        jdbc.prepareStatement(SQL, statement -> {
            statement.setLong(1, organizationId);
            statement.setTimestamp(2, Timestamp.from(time.startOf(from.minusMonths(YEAR - 1))));
            statement.setTimestamp(3, Timestamp.from(time.startOf(to.plusMonths(1))));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    YearMonth paidIn = YearMonth.from(time.dayOf(result.getTimestamp(1).toInstant()));
                    String recurrence = result.getString(2);
                    BigDecimal usd = result.getBigDecimal(3);
                    List<YearMonth> counted = countedIn(paidIn, recurrence, window);
                    if (counted.isEmpty()) {
                        continue;
                    }
                    if (usd == null) {
                        unconverted.add(new Unconverted(paidIn, result.getBigDecimal(4), result.getString(5),
                                recurrence));
                        continue;
                    }
                    BigDecimal share = "YEARLY".equals(recurrence)
                            ? usd.divide(BigDecimal.valueOf(YEAR), 4, RoundingMode.HALF_UP) : usd;
                    counted.forEach(month -> sums.merge(month, share, BigDecimal::add));
                }
            }
            return null;
        });
        Map<YearMonth, BigDecimal> usd = new LinkedHashMap<>();
        sums.forEach((month, sum) -> usd.put(month, sum.setScale(2, RoundingMode.HALF_UP)));
        return new Reading(usd, unconverted);
    }

    /** The months of the window a payment counts in. */
    private static List<YearMonth> countedIn(YearMonth paidIn, String recurrence, MonthWindow window) {
        int span = "YEARLY".equals(recurrence) ? YEAR : 1;
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            if (window.contains(paidIn.plusMonths(i))) {
                months.add(paidIn.plusMonths(i));
            }
        }
        return months;
    }

    /**
     * What the payments give per month.
     *
     * @param usd         every month of the range in order, to the cent
     * @param unconverted payments that would count in the range but have no dollar amount yet, oldest first
     */
    public record Reading(Map<YearMonth, BigDecimal> usd, List<Unconverted> unconverted) {

        public Reading {
            usd = Collections.unmodifiableMap(new LinkedHashMap<>(usd));
            unconverted = List.copyOf(unconverted);
        }
    }

    /**
     * A payment without a dollar amount yet.
     *
     * @param paidIn     the month it was paid
     * @param amount     in its own currency
     * @param currency   ISO 4217
     * @param recurrence ONE_TIME, MONTHLY or YEARLY
     */
    public record Unconverted(YearMonth paidIn, BigDecimal amount, String currency, String recurrence) {
    }
}
