package org.partnersplatform.core.organization;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-3 country codes, as the JDK knows them. */
final class Countries {

    private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private Countries() {
    }

    /** Whether the (upper-case) code names a country. */
    static boolean known(String code) {
        return CODES.contains(code);
    }
}
