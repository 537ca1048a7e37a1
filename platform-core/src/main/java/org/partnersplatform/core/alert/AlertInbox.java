package org.partnersplatform.core.alert;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.partnersplatform.core.NotFoundException;
import org.partnersplatform.core.notifier.NotifierInstallation;
import org.partnersplatform.core.notifier.NotifierInstallationRepository;

/**
 * The administrators' inbox: alerts open first, newest first within each status, with their deliveries; filtered by
 * status and kind; acknowledging an alert is idempotent.
 */
@Singleton
public class AlertInbox {

    /** The most alerts one listing returns. */
    public static final int LIMIT = 500;

    private final JdbcOperations jdbc;
    private final AlertRepository alerts;
    private final AlertDeliveryRepository deliveries;
    private final NotifierInstallationRepository notifiers;
    private final Clock clock;

    public AlertInbox(JdbcOperations jdbc, AlertRepository alerts, AlertDeliveryRepository deliveries,
                      NotifierInstallationRepository notifiers, Clock clock) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.deliveries = deliveries;
        this.notifiers = notifiers;
        this.clock = clock;
    }

    /** Alerts of that status and kind (either {@code null} for all), open first, then newest first. */
    @ReadOnly
    public List<AlertView> list(@Nullable AlertStatus status, @Nullable AlertKind kind) {
        List<String> filters = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (status != null) {
            filters.add("status = ?");
            values.add(status.name());
        }
        if (kind != null) {
            filters.add("kind = ?");
            values.add(kind.name());
        }
        String where = filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters);
        List<Long> ids = jdbc.prepareStatement("SELECT id FROM alert" + where
                + " ORDER BY CASE WHEN status = 'OPEN' THEN 0 ELSE 1 END, created_at DESC, id DESC LIMIT " + LIMIT,
                statement -> {
                    for (int i = 0; i < values.size(); i++) {
                        statement.setString(i + 1, values.get(i));
                    }
                    List<Long> found = new ArrayList<>();
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getLong(1));
                        }
                    }
                    return found;
                });
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Alert> byId = new HashMap<>();
        alerts.findByIdIn(ids).forEach(a -> byId.put(a.id(), a));
        Map<Long, List<AlertDelivery>> deliveriesOf = deliveries.findByAlertIdInOrderById(ids).stream()
                .collect(Collectors.groupingBy(AlertDelivery::alertId));
        Map<Long, String> names = notifierNames();
        return ids.stream().map(byId::get)
                .map(a -> view(a, deliveriesOf.getOrDefault(a.id(), List.of()), names)).toList();
    }

    /** One alert. */
    @ReadOnly
    public AlertView get(long id) {
        Alert alert = alerts.findById(id).orElseThrow(() -> new NotFoundException("no alert " + id));
        return view(alert, deliveries.findByAlertIdInOrderById(List.of(id)), notifierNames());
    }

    /** Marks an alert acknowledged; an acknowledged alert stays as it was. */
    @Transactional
    public AlertView acknowledge(long id) {
        Alert alert = alerts.findById(id).orElseThrow(() -> new NotFoundException("no alert " + id));
        if (alert.status() == AlertStatus.OPEN) {
            alerts.update(new Alert(alert.id(), alert.kind(), alert.dedupeKey(), alert.subjectType(),
                    alert.subjectId(), alert.subjectName(), alert.period(), alert.message(),
                    AlertStatus.ACKNOWLEDGED, alert.createdAt(), clock.instant()));
        }
        return get(id);
    }

    private Map<Long, String> notifierNames() {
        List<NotifierInstallation> all = new ArrayList<>();
        notifiers.findAll().forEach(all::add);
        return all.stream().collect(Collectors.toMap(NotifierInstallation::id, NotifierInstallation::name));
    }

    private static AlertView view(Alert alert, List<AlertDelivery> deliveries, Map<Long, String> names) {
        return new AlertView(alert.id(), alert.kind(), alert.subjectType(), alert.subjectId(), alert.subjectName(),
                alert.period(), alert.message(), alert.status(), alert.createdAt(), alert.acknowledgedAt(),
                deliveries.stream().map(d -> new AlertView.DeliveryView(d.notifierInstallationId(),
                        names.getOrDefault(d.notifierInstallationId(), "#" + d.notifierInstallationId()),
                        d.status(), d.attempts(), d.nextAttemptAt(), d.lastError())).toList());
    }
}
