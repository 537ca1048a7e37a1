package org.partnersplatform.core.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.InvalidRequestException;

class PeriodTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);
    private static final Period FALLBACK = Period.month(NOW.minusMonths(1));

    @Test
    void readsAMonthAQuarterOrAYearAndFallsBackWithoutOne() {
        assertEquals("2026-07", Period.parse("2026-07", null, null, NOW, FALLBACK).label());
        assertEquals(List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8), YearMonth.of(2026, 9)),
                Period.parse(null, "2026-Q3", null, NOW, FALLBACK).months());
        assertEquals(YearMonth.of(2025, 12), Period.parse(null, null, "2025", NOW, FALLBACK).last());
        assertEquals(FALLBACK, Period.parse(" ", null, "", NOW, FALLBACK));
    }

    @Test
    void thePreviousPeriodHasTheSameLength() {
        assertEquals("2025-Q4", Period.quarter(2026, 1).previous().label());
        assertEquals("2025", Period.year(2026).previous().label());
        assertEquals("2025-12", Period.month(YearMonth.of(2026, 1)).previous().label());
    }

    @Test
    void badOrCombinedOrFuturePeriodsAreRefusedWithTheField() {
        assertEquals("quarter", assertThrows(InvalidRequestException.class,
                () -> Period.parse("2026-01", "2026-Q1", null, NOW, FALLBACK)).problems().keySet().iterator().next());
        assertEquals("is YYYY-Qn with n from 1 to 4, e.g. 2026-Q3", assertThrows(InvalidRequestException.class,
                () -> Period.parse(null, "2026-Q5", null, NOW, FALLBACK)).problems().get("quarter"));
        assertThrows(InvalidRequestException.class, () -> Period.parse("2026-13", null, null, NOW, FALLBACK));
        assertThrows(InvalidRequestException.class, () -> Period.parse(null, null, "2027", NOW, FALLBACK));
        assertThrows(InvalidRequestException.class, () -> RankingKind.parse("loudest"));
    }

    @Test
    void aQuarterStartsOnItsFirstMonth() {
        assertThrows(IllegalArgumentException.class, () -> new Period(YearMonth.of(2026, 2), 3));
    }
}
