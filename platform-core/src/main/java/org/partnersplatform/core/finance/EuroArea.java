package org.partnersplatform.core.finance;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The index prices the euro area as one row, {@code EUZ}; these countries use it from the date they adopted the euro
 * as far as the index is concerned (all but Croatia before the index starts in 2000).
 */
final class EuroArea {

    static final String CODE = "EUZ";

    private static final LocalDate ALWAYS = LocalDate.of(1999, 1, 1);

    private static final Map<String, Member> MEMBERS = Map.ofEntries(
            member("AUT", "Austria", ALWAYS), member("BEL", "Belgium", ALWAYS), member("CYP", "Cyprus", ALWAYS),
            member("EST", "Estonia", ALWAYS), member("FIN", "Finland", ALWAYS), member("FRA", "France", ALWAYS),
            member("DEU", "Germany", ALWAYS), member("GRC", "Greece", ALWAYS), member("IRL", "Ireland", ALWAYS),
            member("ITA", "Italy", ALWAYS), member("LVA", "Latvia", ALWAYS), member("LTU", "Lithuania", ALWAYS),
            member("LUX", "Luxembourg", ALWAYS), member("MLT", "Malta", ALWAYS),
            member("NLD", "Netherlands", ALWAYS), member("PRT", "Portugal", ALWAYS),
            member("SVK", "Slovakia", ALWAYS), member("SVN", "Slovenia", ALWAYS), member("ESP", "Spain", ALWAYS),
            member("HRV", "Croatia", LocalDate.of(2023, 1, 1)));

    private EuroArea() {
    }

    /** The member's name if the country counts as the euro area in an edition of that date. */
    static Optional<String> memberName(String iso3, LocalDate edition) {
        Member member = MEMBERS.get(iso3);
        return member != null && !edition.isBefore(member.from()) ? Optional.of(member.name()) : Optional.empty();
    }

    static Map<String, String> names() {
        Map<String, String> names = new TreeMap<>();
        MEMBERS.forEach((code, member) -> names.put(code, member.name()));
        return names;
    }

    private static Map.Entry<String, Member> member(String iso3, String name, LocalDate from) {
        return Map.entry(iso3, new Member(name, from));
    }

    private record Member(String name, LocalDate from) {
    }
}
