package org.partnersplatform.core.alert;

import java.util.Locale;
import java.util.Optional;

/** What an alert reports. */
public enum AlertKind {
    /** An organization's "most active" score fell by the configured share month over month. */
    ACTIVITY_DROP("Activity drop"),
    /** A partner organization's contributions in a month are below the program's practical minimum. */
    BELOW_MINIMUM("Below the practical minimum"),
    /** A member who was active has had no activity for the configured number of days. */
    MEMBER_INACTIVE("Member inactive"),
    /** A member's first activity after such a spell of inactivity. */
    MEMBER_RETURNED("Member returned"),
    /** A partner's first closed month below the practical minimum: its grace period starts. */
    PARTNER_GRACE("Partner in grace period"),
    /** A partner is still below the practical minimum after its grace period, and not yet delisted. */
    PARTNER_GRACE_ENDED("Partner's grace period over"),
    /** A partner in its grace period is back at or above the practical minimum. */
    PARTNER_RECOVERED("Partner recovered"),
    /** A partner stayed below the practical minimum for as many months as the policy allows and is delisted. */
    PARTNER_DELISTED("Partner delisted");

    private final String label;

    AlertKind(String label) {
        this.label = label;
    }

    /** What administrators read. */
    public String label() {
        return label;
    }

    /** The snake_case key used in the API and in notifications ({@code activity_drop}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind of a key or of a constant name, in any case. */
    public static Optional<AlertKind> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (AlertKind kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
