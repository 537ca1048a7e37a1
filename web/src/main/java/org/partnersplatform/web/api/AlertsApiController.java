package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.alert.AlertChecker;
import org.partnersplatform.core.alert.AlertInbox;
import org.partnersplatform.core.alert.AlertKind;
import org.partnersplatform.core.alert.AlertStatus;
import org.partnersplatform.web.api.dto.AlertCheckDto;
import org.partnersplatform.web.api.dto.AlertDto;

/** The alert inbox: list (open first), acknowledge, and check the rules now. */
@Controller("/api/v1/alerts")
@Secured("ADMIN")
class AlertsApiController {

    private final AlertInbox inbox;
    private final AlertChecker checker;
    private final Clock clock;

    AlertsApiController(AlertInbox inbox, AlertChecker checker, Clock clock) {
        this.inbox = inbox;
        this.checker = checker;
        this.clock = clock;
    }

    @Get("{?status,kind}")
    List<AlertDto> list(@Nullable @QueryValue String status, @Nullable @QueryValue String kind) {
        return inbox.list(status(status), kind(kind)).stream().map(AlertDto::of).toList();
    }

    @Get("/{id}")
    AlertDto get(long id) {
        return AlertDto.of(inbox.get(id));
    }

    @Post("/{id}/acknowledge")
    AlertDto acknowledge(long id) {
        return AlertDto.of(inbox.acknowledge(id));
    }

    @Post("/check")
    AlertCheckDto check() {
        AlertChecker.CheckResult result = checker.check(clock.instant());
        List<AlertDto> raised = result.raised().stream().map(a -> AlertDto.of(inbox.get(a.id()))).toList();
        return new AlertCheckDto(result.month().toString(), raised.size(), raised);
    }

    /** The status a query names, or {@code null} for every status. */
    static AlertStatus status(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase()) {
            case "open" -> AlertStatus.OPEN;
            case "acknowledged" -> AlertStatus.ACKNOWLEDGED;
            default -> throw new InvalidRequestException("unknown alert status " + value,
                    Map.of("status", "is open or acknowledged"));
        };
    }

    /** The kind a query names, or {@code null} for every kind. */
    static AlertKind kind(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return AlertKind.parse(value).orElseThrow(() -> new InvalidRequestException("unknown alert kind " + value,
                Map.of("kind", "is one of " + Arrays.stream(AlertKind.values()).map(AlertKind::key)
                        .toList())));
    }
}
