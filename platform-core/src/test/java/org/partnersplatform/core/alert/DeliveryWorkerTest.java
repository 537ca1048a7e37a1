package org.partnersplatform.core.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.notifier.NotifierCommand;
import org.partnersplatform.core.notifier.NotifierInstallations;
import org.partnersplatform.core.notifier.NotifierView;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.Jdbc;
import org.partnersplatform.core.testplugins.ScriptedNotifier;
import org.partnersplatform.core.testplugins.TestPluginJars;

/** The outbox: an alert goes to each notifier installation that receives its kind, and each failure is handled. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryWorkerTest implements TestPropertyProvider {

    private static final String NOTIFIER = "org.example.notify";

    private Jdbc jdbc;

    @Inject
    Alerts alerts;

    @Inject
    AlertInbox inbox;

    @Inject
    DeliveryWorker worker;

    @Inject
    NotifierInstallations notifiers;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.notifier(dir, "notify-plugin", NOTIFIER);
        Map<String, String> properties = CoreTestProperties.with(dir);
        properties.put("partners.alerts.delivery-backoff", "1h");
        properties.put("partners.alerts.delivery-attempts", "3");
        jdbc = new Jdbc(properties);
        return properties;
    }

    private NotifierView notifier(String name, String channel, List<String> kinds) {
        return notifiers.create(new NotifierCommand(NOTIFIER, name, Map.of("channel", channel), kinds, true));
    }

    private Alert raise(String key) {
        return alerts.raise(List.of(new AlertCandidate(AlertKind.MEMBER_RETURNED, key, AlertSubject.MEMBER, 1,
                "Ann", "2024-06-10", "Ann is back"))).get(0);
    }

    private Alert raiseInactive(String key) {
        return alerts.raise(List.of(new AlertCandidate(AlertKind.MEMBER_INACTIVE, key, AlertSubject.MEMBER, 2,
                "Bo", "2024-06-10", "Bo has been quiet for 90 days"))).get(0);
    }

    private AlertView.DeliveryView deliveryTo(Alert alert, NotifierView notifier) {
        return inbox.get(alert.id()).deliveries().stream()
                .filter(d -> d.notifierInstallationId() == notifier.id()).findFirst().orElseThrow();
    }

    @Test
    void eachAlertGoesOnlyToTheInstallationsThatReceiveItsKindAndEndsSentFailedOrWaiting() {
        NotifierView works = notifier("works", "team", List.of("member_returned"));
        NotifierView refuses = notifier("refuses", ScriptedNotifier.REJECTING, List.of());
        NotifierView down = notifier("down", ScriptedNotifier.DOWN, List.of("MEMBER_RETURNED"));
        NotifierView elsewhere = notifier("drops only", "team", List.of("activity_drop"));
        Alert alert = raise("returned:one");
        assertEquals(3, inbox.get(alert.id()).deliveries().size());
        assertTrue(inbox.get(alert.id()).deliveries().stream()
                .noneMatch(d -> d.notifierInstallationId() == elsewhere.id()));

        assertTrue(worker.deliverDue() >= 3);

        assertEquals(DeliveryStatus.SENT, deliveryTo(alert, works).status());
        AlertView.DeliveryView refused = deliveryTo(alert, refuses);
        assertEquals(DeliveryStatus.FAILED, refused.status());
        assertEquals("the channel refused alert-" + alert.id(), refused.lastError());
        assertNull(refused.nextAttemptAt());
        AlertView.DeliveryView waiting = deliveryTo(alert, down);
        assertEquals(DeliveryStatus.PENDING, waiting.status());
        assertEquals(1, waiting.attempts());
        assertEquals("the channel is down", waiting.lastError());
        assertTrue(waiting.nextAttemptAt().isAfter(Instant.now().plusSeconds(50 * 60)), "waits the backoff");

        worker.deliverDue();
        assertEquals(1, deliveryTo(alert, down).attempts(), "not retried before its time");
        assertEquals(1, deliveryTo(alert, works).attempts(), "a sent delivery is not sent again");
    }

    @Test
    void aChannelThatStaysDownIsTriedWithDoublingWaitsAndGivenUpAfterTheLastAttempt() {
        NotifierView down = notifier("stays down", ScriptedNotifier.DOWN, List.of("member_inactive"));
        Alert alert = raiseInactive("inactive:down");

        List<String> seen = new ArrayList<>();
        for (int attempt = 1; attempt <= 3; attempt++) {
            Instant before = Instant.now();
            worker.deliverDue();
            AlertView.DeliveryView delivery = deliveryTo(alert, down);
            assertEquals(attempt, delivery.attempts());
            if (attempt < 3) {
                assertEquals(DeliveryStatus.PENDING, delivery.status());
                Duration wait = Duration.between(before, delivery.nextAttemptAt());
                Duration expected = Duration.ofHours(1L << (attempt - 1));
                assertTrue(wait.compareTo(expected) >= 0 && wait.compareTo(expected.plusMinutes(1)) < 0,
                        "attempt " + attempt + " waits " + expected + ", not " + wait);
                seen.add(delivery.lastError());
                dueNow(alert, down);
            } else {
                assertEquals(DeliveryStatus.FAILED, delivery.status());
                assertEquals("gave up after 3 attempts: the channel is down", delivery.lastError());
                assertNull(delivery.nextAttemptAt());
            }
        }
        assertEquals(List.of("the channel is down", "the channel is down"), seen);

        dueNow(alert, down);
        worker.deliverDue();
        assertEquals(3, deliveryTo(alert, down).attempts(), "a failed delivery is not tried again");
    }

    @Test
    void aRateLimitedChannelIsTriedAgainWhenItAsksNotBefore() {
        NotifierView busy = notifier("busy", ScriptedNotifier.BUSY, List.of("member_inactive"));
        Alert alert = raiseInactive("inactive:busy");
        Instant before = Instant.now();

        worker.deliverDue();

        AlertView.DeliveryView delivery = deliveryTo(alert, busy);
        assertEquals(DeliveryStatus.PENDING, delivery.status());
        assertEquals("the channel is busy", delivery.lastError());
        Instant asked = before.plus(Duration.ofMinutes(ScriptedNotifier.BUSY_MINUTES));
        assertTrue(!delivery.nextAttemptAt().isBefore(asked.minusSeconds(1))
                        && delivery.nextAttemptAt().isBefore(asked.plusSeconds(60)),
                "waits the " + ScriptedNotifier.BUSY_MINUTES + " minutes the channel asked, not the 1 h backoff: "
                        + delivery.nextAttemptAt());
        worker.deliverDue();
        assertEquals(1, deliveryTo(alert, busy).attempts(), "not tried again before the time it asked");
    }

    /** Makes the delivery due now, as if its wait had passed. */
    private void dueNow(Alert alert, NotifierView notifier) {
        jdbc.update("UPDATE alert_delivery SET next_attempt_at = ? WHERE alert_id = ? AND notifier_installation_id = ?"
, Timestamp.from(Instant.now().minusSeconds(1)),
                alert.id(), notifier.id());
    }

    @Test
    void aNotifierConfigurationIsValidatedAndAnUnknownAlertKindRefused() {
        InvalidRequestException missing = assertThrows(InvalidRequestException.class,
                () -> notifiers.create(new NotifierCommand(NOTIFIER, "no channel", Map.of(), null, true)));
        assertTrue(missing.problems().containsKey("config.channel"), missing.problems().toString());
        InvalidRequestException kind = assertThrows(InvalidRequestException.class,
                () -> notifier("bad kind", "team", List.of("sunspots")));
        assertEquals("unknown alert kind sunspots", kind.getMessage());
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM notifier_installation WHERE name IN ('no channel', 'bad kind')"));
    }
}
