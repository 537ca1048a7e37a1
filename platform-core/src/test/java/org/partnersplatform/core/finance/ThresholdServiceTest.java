package org.partnersplatform.core.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * Thresholds on the real index: the built-in data set is loaded at startup, and the January 2021 edition as first
 * published (US Big Mac USD 5.66) is uploaded as a data set of its own, so it is the default for 2021-01-01.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThresholdServiceTest implements TestPropertyProvider {

    private static final String AS_PUBLISHED = "big-mac/as-published-dfa50b1/big-mac-full-index.csv";
    private static final Optional<LocalDate> JANUARY_2021 = Optional.of(LocalDate.of(2021, 1, 1));

    private Map<String, String> properties;
    private Jdbc jdbc;
    private ImportSummary asPublished;

    @Inject
    ThresholdService thresholds;

    @Override
    public Map<String, String> getProperties() {
        properties = CoreTestProperties.with(TestPluginJars.newDirectory());
        jdbc = new Jdbc(properties);
        return properties;
    }

    private synchronized ImportSummary asPublished() {
        if (asPublished == null) {
            try (InputStream in = resource(AS_PUBLISHED)) {
                asPublished = thresholds.importEdition("big-mac-full-index.csv", in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return asPublished;
    }

    @Test
    void theUnitedStatesPayTheBaseAmount() {
        asPublished();
        Threshold usa = thresholds.threshold("usa", JANUARY_2021);
        assertEquals(new Threshold("USA", "United States", LocalDate.of(2021, 1, 1), "USD", new BigDecimal("100"),
                new BigDecimal("100.00"), "edition 2021-01-01"), usa);
    }

    @Test
    void vietnamPaysInProportionToItsBigMacPrice() {
        asPublished();
        Threshold vietnam = thresholds.threshold("VNM", JANUARY_2021);
        assertEquals(new BigDecimal("50.56"), vietnam.usdAmount());
        assertEquals("VND", vietnam.currency());
        assertEquals(new BigDecimal("1166078"), vietnam.localAmount());
        assertEquals("Vietnam", vietnam.countryName());
        assertEquals("edition 2021-01-01", vietnam.basis());
    }

    @Test
    void euroCountriesUseTheEuroAreaRow() {
        asPublished();
        for (String country : List.of("DEU", "FRA")) {
            Threshold threshold = thresholds.threshold(country, JANUARY_2021);
            assertEquals("EUR", threshold.currency(), country);
            assertEquals(new BigDecimal("75"), threshold.localAmount(), country);
            assertEquals(new BigDecimal("91.24"), threshold.usdAmount(), country);
            assertEquals("euro area (EUZ) in edition 2021-01-01", threshold.basis(), country);
        }
        assertEquals("Germany", thresholds.threshold("DEU", JANUARY_2021).countryName());
    }

    @Test
    void croatiaCountsAsTheEuroAreaOnlyFrom2023() {
        asPublished();
        Threshold kuna = thresholds.threshold("HRV", JANUARY_2021);
        assertEquals("HRK", kuna.currency());
        assertEquals(new BigDecimal("406"), kuna.localAmount());
        assertEquals(new BigDecimal("65.13"), kuna.usdAmount());
        assertEquals("edition 2021-01-01", kuna.basis());
        Threshold croatia = thresholds.threshold("HRV", Optional.of(LocalDate.of(2023, 1, 1)));
        assertEquals("EUR", croatia.currency());
        assertEquals("euro area (EUZ) in edition 2023-01-01", croatia.basis());
    }

    @Test
    void indiaIsQuotedInWholeRupees() {
        asPublished();
        Threshold india = thresholds.threshold("IND", JANUARY_2021);
        assertEquals("INR", india.currency());
        assertEquals(new BigDecimal("3357"), india.localAmount());
        assertEquals(new BigDecimal("45.74"), india.usdAmount());
    }

    @Test
    void aCountryMissingFromTheEditionFallsBackToTheLatestEarlierOne() {
        asPublished();
        Threshold venezuela = thresholds.threshold("VEN", JANUARY_2021);
        assertEquals(LocalDate.of(2021, 1, 1), venezuela.edition());
        assertEquals(new BigDecimal("76.52"), venezuela.usdAmount());
        assertEquals("VEF", venezuela.currency());
        assertEquals(new BigDecimal("206604"), venezuela.localAmount());
        assertEquals("edition 2017-07-01 (the latest before 2021-01-01 with Venezuela); local amount in VEF as of"
                + " 2017-07-01, as edition 2021-01-01 has no VEF exchange rate", venezuela.basis());
        Threshold later = thresholds.threshold("VEN", Optional.of(LocalDate.of(2021, 7, 1)));
        assertEquals("VES", later.currency());
        assertEquals("edition 2021-07-01", later.basis());
    }

    @Test
    void aFallbackConvertsAtTheChosenEditionsRateWhenItHasTheCurrency() {
        String csv = """
                date,iso_a3,currency_code,name,local_price,dollar_ex,dollar_price
                1990-01-01,USA,USD,United States,2.00,1,2.00
                1990-01-01,ARG,ARS,Argentina,3000,2000,1.5
                1990-07-01,USA,USD,United States,2.50,1,2.50
                1990-07-01,URY,ARS,Uruguay,5,4,1.25
                """;
        thresholds.importEdition("synthetic.csv", stream(csv));
        Threshold argentina = thresholds.threshold("ARG", Optional.of(LocalDate.of(1990, 7, 1)));
        assertEquals(new BigDecimal("75.00"), argentina.usdAmount());
        assertEquals(new BigDecimal("300"), argentina.localAmount());
        assertEquals("edition 1990-01-01 (the latest before 1990-07-01 with Argentina); local amount at edition"
                + " 1990-07-01's exchange rate", argentina.basis());
    }

    @Test
    void anAdministratorsFigureCoversACountryNoEditionHas() {
        asPublished();
        assertThrows(NotFoundException.class, () -> thresholds.threshold("MNE", JANUARY_2021));
        thresholds.setOverride("mne", new BigDecimal("60"), "not in the index; set by the board in 2026-11");
        Threshold montenegro = thresholds.threshold("MNE", JANUARY_2021);
        assertEquals(new BigDecimal("60.00"), montenegro.usdAmount());
        assertNull(montenegro.currency());
        assertNull(montenegro.localAmount());
        assertEquals("Montenegro", montenegro.countryName());
        assertEquals("administrator's figure: not in the index; set by the board in 2026-11", montenegro.basis());
        assertTrue(thresholds.countries().contains(new CountryOption("MNE", "Montenegro")));
    }

    @Test
    void anUnknownCountryOrEditionIsNotFoundAndABadCodeIsInvalid() {
        asPublished();
        NotFoundException unknown = assertThrows(NotFoundException.class,
                () -> thresholds.threshold("ISL", JANUARY_2021));
        assertTrue(unknown.getMessage().contains("has a price for ISL"), unknown.getMessage());
        NotFoundException edition = assertThrows(NotFoundException.class,
                () -> thresholds.threshold("USA", Optional.of(LocalDate.of(2021, 2, 1))));
        assertEquals("the Big Mac index edition 2021-02-01 is not loaded", edition.getMessage());
        InvalidRequestException bad = assertThrows(InvalidRequestException.class,
                () -> thresholds.threshold("U5A", JANUARY_2021));
        assertEquals(Map.of("country", "is an ISO 3166-1 alpha-3 code, e.g. VNM"), bad.problems());
    }

    @Test
    void aMalformedFileIsRefusedWholeNamingTheLine() throws IOException {
        asPublished();
        String before = counts();
        List<String> lines = new java.util.ArrayList<>(text(AS_PUBLISHED).lines().toList());
        lines.set(1199, lines.get(1199).replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*,)[^,]*", "$1twelve"));
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> thresholds.importEdition("broken.csv", stream(String.join("\n", lines))));
        assertTrue(refused.getMessage().startsWith("the Big Mac index file is malformed at line 1200, column"
                + " local_price: \"twelve\" is not a number"), refused.getMessage());
        assertEquals(before, counts());
        assertEquals(0, jdbc.column("SELECT id FROM threshold_edition WHERE data_set = 'uploaded broken.csv'").size());
    }

    @Test
    void aFileWithoutTheUnitedStatesIsRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> thresholds.importEdition("no-usa.csv", stream("date,iso_a3,currency_code,name,local_price,"
                        + "dollar_ex,dollar_price\n1991-01-01,VNM,VND,Vietnam,66000,23064,2.86\n")));
        assertTrue(refused.getMessage().contains("line 2, column iso_a3: the edition 1991-01-01 has no United"
                + " States (USA) price"), refused.getMessage());
    }

    @Test
    void theSameEditionDateInAnotherFileIsASeparateDataSetAndTheDeploymentCanPinOne() throws IOException {
        ImportSummary first = asPublished();
        assertEquals("uploaded big-mac-full-index.csv", first.dataSet());
        assertEquals(LocalDate.of(2022, 1, 1), first.editions().get(first.editions().size() - 1));
        ImportSummary again;
        try (InputStream in = resource(AS_PUBLISHED)) {
            again = thresholds.importEdition("big-mac-full-index.csv", in);
        }
        assertEquals("uploaded big-mac-full-index.csv (2)", again.dataSet());
        assertEquals(first.prices(), again.prices());
        assertEquals(List.of("built-in 2026-01", "uploaded big-mac-full-index.csv",
                        "uploaded big-mac-full-index.csv (2)"),
                jdbc.column("SELECT data_set FROM threshold_edition WHERE edition_date = DATE '2021-01-01'"
                        + " ORDER BY id"));
        assertEquals(new BigDecimal("50.56"), thresholds.threshold("VNM", JANUARY_2021).usdAmount());
        assertEquals("edition 2026-01-01", thresholds.threshold("USA", Optional.empty()).basis());

        Map<String, String> pinned = new HashMap<>(properties);
        pinned.put("partners.finance.threshold.data-set", "built-in 2026-01");
        pinned.put("partners.policy.file", policyFile(200, "2021-01-01").toString());
        try (ApplicationContext builtIn = CoreTestProperties.start(pinned)) {
            ThresholdService service = builtIn.getBean(ThresholdService.class);
            Threshold revised = service.threshold("VNM", Optional.empty());
            assertEquals(LocalDate.of(2021, 1, 1), revised.edition());
            assertEquals(new BigDecimal("117.04"), revised.usdAmount());
            assertEquals(new BigDecimal("2699387"), revised.localAmount());
            assertEquals(new BigDecimal("200.00"), service.threshold("USA", Optional.empty()).usdAmount());
        }
    }

    @Test
    void theBaseAmountAndEditionAreThePolicysAndTheOldPropertiesStopTheStart() {
        Map<String, String> old = new HashMap<>(properties);
        old.put("partners.finance.threshold.edition", "2021-01-01");
        RuntimeException refused = assertThrows(RuntimeException.class, () -> CoreTestProperties.start(old).close());
        assertTrue(causes(refused).contains("partners.finance.threshold.edition is set, but the base amount and the"
                + " pinned edition are program rules now"), causes(refused));

        Map<String, String> noFinance = new HashMap<>(properties);
        noFinance.put("partners.policy.file", write("""
                {"version": "no-finance-1", "scoring": {"defaultCap": 10},
                 "partnership": {"financial": {"required": false}}}
                """).toString());
        try (ApplicationContext context = CoreTestProperties.start(noFinance)) {
            NotFoundException none = assertThrows(NotFoundException.class, () -> context
                    .getBean(ThresholdService.class).threshold("USA", JANUARY_2021));
            assertEquals("the policy no-finance-1 has no financial criterion, so there are no contribution thresholds",
                    none.getMessage());
        }
    }

    private static String causes(Throwable error) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append(" | ");
        }
        return messages.toString();
    }

    private static Path policyFile(int baseAmount, String edition) {
        return write("""
                {"version": "thresholds-test", "scoring": {"defaultCap": 10},
                 "partnership": {"financial": {"baseAmount": %d, "indexEdition": "%s"}}}
                """.formatted(baseAmount, edition));
    }

    private static Path write(String policy) {
        try {
            Path file = Files.createTempFile("policy", ".json");
            Files.writeString(file, policy);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theBuiltInIndexIsLoadedOnceAtStartup() {
        assertEquals("43", jdbc.value("SELECT COUNT(*) FROM threshold_edition WHERE data_set = 'built-in 2026-01'"));
        assertEquals("1948", jdbc.value("SELECT COUNT(*) FROM threshold_price p JOIN threshold_edition e"
                + " ON e.id = p.edition_id WHERE e.data_set = 'built-in 2026-01'"));
    }

    private String counts() {
        return jdbc.value("SELECT COUNT(*) FROM threshold_edition") + "/"
                + jdbc.value("SELECT COUNT(*) FROM threshold_price");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) {
        InputStream in = ThresholdServiceTest.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the test class path");
        }
        return in;
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
