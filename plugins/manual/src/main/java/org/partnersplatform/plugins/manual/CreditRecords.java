package org.partnersplatform.plugins.manual;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.ActivityType;
import org.partnersplatform.api.source.Actor;

/**
 * Turns a checked credit into the activity record the core stores. The item id is derived from what makes a credit
 * the same credit (who gave it, of what type, to whom, for which day and why), so a form submitted twice is stored
 * once; the record keeps who credited whom and why.
 */
final class CreditRecords {

    /**
     * The time of day a credit's date is stored at. Noon UTC is still the same calendar day from UTC-12 to UTC+11, so
     * a deployment that counts months in its own time zone attributes the credit to the day the team lead meant.
     */
    static final LocalTime TIME_OF_DAY = LocalTime.NOON;

    static final String CREDITED_BY = "credited_by";
    static final String REASON = "reason";
    static final int MAX_REASON_ATTRIBUTE = 500;
    static final int SHORT_REASON = 80;

    private static final int ID_HEX_LENGTH = 32;

    private CreditRecords() {
    }

    /** The record of a credit of the given type, given by {@code principal}. */
    static ActivityRecord toRecord(CreditRequest credit, ActivityType type, String principal) {
        CreditRequest.Person person = credit.person();
        Actor actor = new Actor(null, person.username().orElse(null), person.name().orElse(null),
                person.email().orElse(null), person.profileUrl().orElse(null), false);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(CREDITED_BY, principal);
        attributes.put(REASON, cap(credit.reason(), MAX_REASON_ATTRIBUTE));
        String title = credit.title().orElseGet(() -> type.label() + " — " + cap(firstLine(credit.reason()), SHORT_REASON));
        return new ActivityRecord(itemId(credit, principal), credit.type(),
                credit.date().atTime(TIME_OF_DAY).toInstant(ZoneOffset.UTC), actor, credit.url().orElse(null), title,
                attributes, credit.reason());
    }

    /**
     * {@code credit-} and the first 128 bits of the SHA-256 of the canonical tuple. Each part is length-prefixed so
     * that no choice of texts can make two different tuples collide by concatenation.
     */
    static String itemId(CreditRequest credit, String principal) {
        StringBuilder canonical = new StringBuilder();
        for (String part : new String[] {principal, credit.type(), personKey(credit.person()),
                credit.date().toString(), credit.reason()}) {
            canonical.append(part.length()).append(':').append(part).append('|');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return "credit-" + HexFormat.of().formatHex(digest).substring(0, ID_HEX_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    /** The person's email if given, otherwise their username, ignoring case: how the same person is recognised. */
    private static String personKey(CreditRequest.Person person) {
        return person.email().map(e -> "email:" + e.toLowerCase(Locale.ROOT))
                .orElseGet(() -> "username:" + person.username().orElseThrow().toLowerCase(Locale.ROOT));
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }

    private static String cap(String text, int maxCodePoints) {
        if (text.codePointCount(0, text.length()) <= maxCodePoints) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxCodePoints - 1)) + "…";
    }
}
