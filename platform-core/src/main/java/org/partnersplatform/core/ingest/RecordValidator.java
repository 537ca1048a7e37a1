package org.partnersplatform.core.ingest;

import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.partnersplatform.api.source.ActivityRecord;
import org.partnersplatform.api.source.Actor;

/**
 * Checks a record a plugin emitted before anything is stored: the type is declared, the required fields are present
 * and of sane size, the date is plausible. A plugin is not trusted: the answer is a reason an administrator can read.
 */
@Singleton
public class RecordValidator {

    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ATTRIBUTE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    static final int MAX_ATTRIBUTES = 20;
    static final int MAX_ATTRIBUTE_VALUE = 1000;
    static final int MAX_EVIDENCE = 10_000;

    private final Clock clock;

    public RecordValidator(Clock clock) {
        this.clock = clock;
    }

    /** Why the record cannot be stored, or empty when it can. */
    public Optional<String> problem(ActivityRecord record, Set<String> declaredTypes) {
        String itemId = record.itemId();
        if (itemId.isBlank() || itemId.length() > 255 || CONTROL.matcher(itemId).find()) {
            return Optional.of("the item id must be 1 to 255 printable characters");
        }
        if (!declaredTypes.contains(record.type())) {
            return Optional.of("the activity type \"" + record.type() + "\" is not declared by the source (declared: "
                    + String.join(", ", declaredTypes.stream().sorted().toList()) + ")");
        }
        Instant at = record.occurredAt();
        if (at.isBefore(EARLIEST) || at.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            return Optional.of("the date " + at + " is implausible (before 1990 or in the future)");
        }
        return actorProblem(record.actor())
                .or(() -> urlProblem(record.url()))
                .or(() -> attributesProblem(record.attributes()))
                .or(() -> record.evidence() != null && record.evidence().length() > MAX_EVIDENCE
                        ? Optional.of("the evidence is longer than " + MAX_EVIDENCE + " characters")
                        : Optional.empty());
    }

    private static Optional<String> actorProblem(Actor actor) {
        if (tooLong(actor.sourceUserId(), 320) || tooLong(actor.username(), 255) || tooLong(actor.displayName(), 255)
                || tooLong(actor.email(), 320) || tooLong(actor.profileUrl(), 1000)) {
            return Optional.of("a field of the actor is too long");
        }
        if (actor.email() != null && !actor.email().isBlank() && !actor.email().contains("@")) {
            return Optional.of("the actor's email \"" + actor.email() + "\" is not an email address");
        }
        return Optional.empty();
    }

    private static Optional<String> urlProblem(String url) {
        if (url == null) {
            return Optional.empty();
        }
        if (url.length() > 2000) {
            return Optional.of("the URL is longer than 2000 characters");
        }
        try {
            URI uri = new URI(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
                return Optional.of("the URL " + url + " is not http or https");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("the URL " + url + " is malformed");
        }
    }

    private static Optional<String> attributesProblem(Map<String, String> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            return Optional.of("more than " + MAX_ATTRIBUTES + " attributes");
        }
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            if (!ATTRIBUTE_KEY.matcher(attribute.getKey()).matches()) {
                return Optional.of("the attribute name \"" + attribute.getKey() + "\" is not a plain identifier");
            }
            if (attribute.getValue().length() > MAX_ATTRIBUTE_VALUE) {
                return Optional.of("the attribute " + attribute.getKey() + " is longer than "
                        + MAX_ATTRIBUTE_VALUE + " characters");
            }
        }
        return Optional.empty();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }
}
