package org.partnersplatform.core.report;

import java.math.BigDecimal;

/** How reports write a change against the previous period: "▲ 2", "▼ 1", "=", "new"; "+3", "−9", "±0". */
public final class Changes {

    private Changes() {
    }

    public static String rank(Integer change) {
        if (change == null) {
            return "new";
        }
        return change > 0 ? "▲ " + change : change < 0 ? "▼ " + (-change) : "=";
    }

    public static String score(BigDecimal change) {
        int sign = change.signum();
        String magnitude = RankedEntry.plain(change.abs()).toPlainString();
        return sign > 0 ? "+" + magnitude : sign < 0 ? "−" + magnitude : "±0";
    }
}
