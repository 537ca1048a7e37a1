package org.partnersplatform.core.finance;

import io.micronaut.context.env.Environment;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.policy.PartnershipPolicy;

/**
 * A country's minimum monthly financial contribution, fair worldwide: the policy's base amount (USD 100 in the Mautic
 * program) times the local Big Mac price divided by the US Big Mac price in one edition of The Economist's Big Mac
 * index (the policy's pinned edition unless a request names one). The USD figure uses the dollar prices and is given
 * to the cent; the local figure uses the local prices and is rounded to whole units of the
 * currency, as a person would quote it. How countries missing from an edition, the euro area, redenominated
 * currencies and revised editions are handled is described in docs/finance-thresholds.md.
 */
@Singleton
public class ThresholdService {

    static final String REFERENCE_COUNTRY = "USA";
    private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");
    private static final int MAX_FILE_NAME = 200;
    /** Properties that were configuration before the policy's financial section held them. */
    private static final List<String> MOVED_TO_POLICY = List.of("partners.finance.threshold.base-amount",
            "partners.finance.threshold.base-currency", "partners.finance.threshold.edition");

    private final ThresholdConfiguration configuration;
    private final DeploymentPolicy policy;
    private final ThresholdEditionRepository editions;
    private final BigMacPriceRepository prices;
    private final ThresholdOverrideRepository overrides;
    private final JdbcOperations jdbc;
    private final Clock clock;

    public ThresholdService(ThresholdConfiguration configuration, DeploymentPolicy policy, Environment environment,
                            ThresholdEditionRepository editions, BigMacPriceRepository prices,
                            ThresholdOverrideRepository overrides, JdbcOperations jdbc, Clock clock) {
        for (String moved : MOVED_TO_POLICY) {
            if (environment.containsProperty(moved)) {
                throw new IllegalStateException(moved + " is set, but the base amount and the pinned edition are"
                        + " program rules now: set partnership.financial.baseAmount and .indexEdition in the policy"
                        + " file (see docs/policy.md) and remove " + moved);
            }
        }
        this.configuration = configuration;
        this.policy = policy;
        this.editions = editions;
        this.prices = prices;
        this.overrides = overrides;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The threshold for a country in an edition (or the policy's pinned edition, or the latest loaded), from the
     * base amount of the policy's financial criterion.
     *
     * @param iso3    an ISO 3166-1 alpha-3 code, any case
     * @param edition the edition date; empty for the policy's pinned or the latest one
     * @throws InvalidRequestException when the code is not three letters
     * @throws NotFoundException       when the policy has no financial criterion, the edition is not loaded or
     *                                 nothing covers the country
     */
    @ReadOnly(noRollbackFor = NotFoundException.class)
    public Threshold threshold(String iso3, Optional<LocalDate> edition) {
        String country = countryCode(iso3);
        PartnershipPolicy.Financial financial = financial();
        ThresholdEdition chosen = edition(edition.or(financial::pinnedEdition).orElseGet(this::latestEdition));
        LocalDate date = chosen.editionDate();
        Optional<String> euroMember = EuroArea.memberName(country, date);
        String lookup = euroMember.isPresent() ? EuroArea.CODE : country;
        BigDecimal base = financial.baseAmount();

        Optional<BigMacPrice> price = prices.findByEditionIdAndIsoA3(chosen.id(), lookup);
        if (price.isPresent()) {
            BigMacPrice us = reference(chosen);
            BigMacPrice p = price.get();
            String basis = euroMember.isPresent() ? "euro area (EUZ) in edition " + date : "edition " + date;
            return new Threshold(country, euroMember.orElse(p.countryName()), date, p.currencyCode(),
                    local(base, p.localPrice(), us.localPrice()), usd(base, p.dollarPrice(), us.dollarPrice()),
                    basis);
        }
        for (ThresholdEdition older : editions.findByDataSetOrderByEditionDateDesc(chosen.dataSet())) {
            if (!older.editionDate().isBefore(date)) {
                continue;
            }
            Optional<BigMacPrice> olderPrice = prices.findByEditionIdAndIsoA3(older.id(), lookup);
            if (olderPrice.isPresent()) {
                return fallback(base, country, euroMember, chosen, older, olderPrice.get());
            }
        }
        Optional<ThresholdOverride> figure = overrides.findById(country);
        if (figure.isPresent()) {
            return new Threshold(country, euroMember.orElseGet(() -> displayName(country)), date, null, null,
                    figure.get().usdAmount(), "administrator's figure: " + figure.get().reason());
        }
        throw new NotFoundException("no edition of the Big Mac index up to " + date + " (data set \""
                + chosen.dataSet() + "\") has a price for " + country
                + ", and no administrator's figure is set for it; an administrator can set one");
    }

    /**
     * A country missing from the chosen edition, priced from an older one. The ratio to the US price is taken within
     * the older edition (prices of one edition share one currency unit), so a redenomination in between does not
     * distort it; the local amount then converts that USD figure at the chosen edition's exchange rate for the
     * currency when the chosen edition prices the currency at all, and otherwise stays in the older edition's units.
     */
    private Threshold fallback(BigDecimal base, String country, Optional<String> euroMember, ThresholdEdition chosen,
                               ThresholdEdition older, BigMacPrice price) {
        BigMacPrice us = reference(older);
        String name = euroMember.orElse(price.countryName());
        String basis = "edition " + older.editionDate() + " (the latest before " + chosen.editionDate() + " with "
                + (euroMember.isPresent() ? "the euro area" : name) + ")";
        List<BigMacPrice> sameCurrency = prices.findByEditionIdAndCurrencyCode(chosen.id(), price.currencyCode());
        BigDecimal local;
        if (sameCurrency.isEmpty()) {
            local = local(base, price.localPrice(), us.localPrice());
            basis += "; local amount in " + price.currencyCode() + " as of " + older.editionDate() + ", as edition "
                    + chosen.editionDate() + " has no " + price.currencyCode() + " exchange rate";
        } else {
            BigDecimal rate = sameCurrency.get(0).dollarEx();
            local = base.multiply(price.dollarPrice()).multiply(rate).divide(us.dollarPrice(), 0,
                    RoundingMode.HALF_UP);
            basis += "; local amount at edition " + chosen.editionDate() + "'s exchange rate";
        }
        return new Threshold(country, name, chosen.editionDate(), price.currencyCode(), local,
                usd(base, price.dollarPrice(), us.dollarPrice()), basis);
    }

    /**
     * Stores an uploaded index file as a new data set labelled "uploaded &lt;file name&gt;" (numbered if the label is
     * taken). A malformed file is refused whole: nothing is stored.
     *
     * @throws InvalidRequestException naming the first bad line and column
     */
    @Transactional
    public ImportSummary importEdition(String fileName, InputStream csv) {
        List<BigMacIndexCsv.Row> rows = BigMacIndexCsv.parse(csv);
        String name = fileName == null || fileName.isBlank() ? "unnamed file" : fileName.strip();
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME);
        }
        return store(uniqueLabel("uploaded " + name), rows);
    }

    /** Stores the built-in index under its label; used by the startup loader. */
    @Transactional
    ImportSummary importBuiltIn(String label, List<BigMacIndexCsv.Row> rows) {
        return store(label, rows);
    }

    private ImportSummary store(String label, List<BigMacIndexCsv.Row> rows) {
        Map<LocalDate, Integer> firstLine = new TreeMap<>();
        rows.forEach(row -> firstLine.putIfAbsent(row.date(), row.line()));
        firstLine.forEach((date, line) -> {
            if (rows.stream().noneMatch(r -> r.date().equals(date) && r.isoA3().equals(REFERENCE_COUNTRY))) {
                String where = "line " + line + ", column iso_a3";
                throw new InvalidRequestException("the Big Mac index file is malformed at " + where + ": the edition "
                        + date + " has no United States (USA) price, which every threshold is relative to;"
                        + " nothing was imported", Map.of(where, "edition " + date + " lacks USA"));
            }
        });
        Instant now = clock.instant();
        Map<LocalDate, Long> editionIds = new TreeMap<>();
        for (LocalDate date : firstLine.keySet()) {
            editionIds.put(date, editions.save(new ThresholdEdition(null, date, label, now)).id());
        }
        List<BigMacPrice> entities = rows.stream().map(r -> new BigMacPrice(null, editionIds.get(r.date()),
                r.isoA3(), r.currencyCode(), r.name(), r.localPrice(), r.dollarEx(), r.dollarPrice())).toList();
        prices.saveAll(entities);
        return new ImportSummary(label, List.copyOf(editionIds.keySet()),
                List.copyOf(new TreeSet<>(rows.stream().map(BigMacIndexCsv.Row::isoA3).toList())), entities.size());
    }

    /**
     * Sets (or replaces) an administrator's USD figure for a country, used when no edition covers it.
     *
     * @throws InvalidRequestException when the code, amount or reason is not usable
     */
    @Transactional
    public ThresholdOverride setOverride(String iso3, BigDecimal usdAmount, String reason) {
        String country = countryCode(iso3);
        if (usdAmount == null || usdAmount.signum() <= 0 || usdAmount.stripTrailingZeros().scale() > 2) {
            throw new InvalidRequestException("the amount is not valid",
                    Map.of("usdAmount", "is above zero with at most two decimals"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new InvalidRequestException("the reason is not valid",
                    Map.of("reason", "says why, in at most 1000 characters"));
        }
        ThresholdOverride figure = new ThresholdOverride(country, usdAmount.setScale(2, RoundingMode.UNNECESSARY),
                reason.strip(), clock.instant());
        return overrides.existsById(country) ? overrides.update(figure) : overrides.save(figure);
    }

    /** Whether any edition is stored. */
    @ReadOnly
    public boolean hasEditions() {
        return editions.count() > 0;
    }

    /** The stored edition dates (in the pinned data set if one is pinned), newest first. */
    @ReadOnly
    public List<LocalDate> editions() {
        return allEditions().stream().map(ThresholdEdition::editionDate).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    /** The countries the calculator offers: every country priced in a stored edition, the euro members, overrides. */
    @ReadOnly
    public List<CountryOption> countries() {
        Map<String, String> names = new TreeMap<>();
        jdbc.prepareStatement("SELECT DISTINCT iso_a3, country_name FROM threshold_price ORDER BY iso_a3, "
                + "country_name", statement -> {
                    try (ResultSet result = statement.executeQuery()) {
                        while (result.next()) {
                            names.putIfAbsent(result.getString(1), result.getString(2));
                        }
                    }
                    return null;
                });
        names.remove(EuroArea.CODE);
        EuroArea.names().forEach(names::putIfAbsent);
        StreamSupport.stream(overrides.findAll().spliterator(), false)
                .forEach(o -> names.putIfAbsent(o.isoA3(), displayName(o.isoA3())));
        return names.entrySet().stream().map(e -> new CountryOption(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(CountryOption::name)).toList();
    }

    /** Reads an edition parameter. */
    public static Optional<LocalDate> parseEdition(String edition) {
        if (edition == null || edition.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(edition.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("the edition is not valid",
                    Map.of("edition", "is a date YYYY-MM-DD, e.g. 2021-01-01"));
        }
    }

    private static String countryCode(String iso3) {
        if (iso3 == null || !ISO3.matcher(iso3.strip()).matches()) {
            throw new InvalidRequestException("the country is not valid",
                    Map.of("country", "is an ISO 3166-1 alpha-3 code, e.g. VNM"));
        }
        return iso3.strip().toUpperCase(Locale.ROOT);
    }

    /** The policy's financial criterion, whose base amount and pinned edition every threshold uses. */
    private PartnershipPolicy.Financial financial() {
        return policy.partnership().financialCriterion().orElseThrow(() -> new NotFoundException("the policy "
                + policy.policy().version() + " has no financial criterion, so there are no contribution thresholds"));
    }

    private LocalDate latestEdition() {
        return editions().stream().findFirst().orElseThrow(() -> new NotFoundException(
                "no edition of the Big Mac index is loaded" + pinnedNote()));
    }

    /** The stored edition of that date: in the pinned data set, or in the newest data set that has the date. */
    private ThresholdEdition edition(LocalDate date) {
        String pinned = pinnedDataSet();
        List<ThresholdEdition> candidates = pinned == null ? editions.findByEditionDateOrderByIdDesc(date)
                : editions.findByDataSetOrderByEditionDateDesc(pinned).stream()
                        .filter(e -> e.editionDate().equals(date)).toList();
        return candidates.stream().findFirst().orElseThrow(() -> new NotFoundException(
                "the Big Mac index edition " + date + " is not loaded" + pinnedNote()));
    }

    private List<ThresholdEdition> allEditions() {
        String pinned = pinnedDataSet();
        return pinned == null ? StreamSupport.stream(editions.findAll().spliterator(), false).toList()
                : editions.findByDataSetOrderByEditionDateDesc(pinned);
    }

    private String pinnedDataSet() {
        String pinned = configuration.dataSet();
        return pinned == null || pinned.isBlank() ? null : pinned.strip();
    }

    private String pinnedNote() {
        String pinned = pinnedDataSet();
        return pinned == null ? "" : " in the data set \"" + pinned + "\" (partners.finance.threshold.data-set)";
    }

    private BigMacPrice reference(ThresholdEdition edition) {
        return prices.findByEditionIdAndIsoA3(edition.id(), REFERENCE_COUNTRY).orElseThrow(() ->
                new IllegalStateException("the stored edition " + edition.editionDate() + " of \"" + edition.dataSet()
                        + "\" has no United States price; imports refuse such files, so the database was changed"));
    }

    private String uniqueLabel(String label) {
        String candidate = label;
        for (int n = 2; editions.existsByDataSet(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }

    private static BigDecimal usd(BigDecimal base, BigDecimal dollarPrice, BigDecimal usDollarPrice) {
        return base.multiply(dollarPrice).divide(usDollarPrice, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal local(BigDecimal base, BigDecimal localPrice, BigDecimal usLocalPrice) {
        return base.multiply(localPrice).divide(usLocalPrice, 0, RoundingMode.HALF_UP);
    }

    private static String displayName(String iso3) {
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale("", alpha2);
            if (locale.getISO3Country().equals(iso3)) {
                return locale.getDisplayCountry(Locale.ENGLISH);
            }
        }
        return iso3;
    }
}
