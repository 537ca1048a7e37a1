package org.partnersplatform.web.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;
import org.partnersplatform.core.ingest.PushService;
import org.partnersplatform.web.api.dto.PushResultDto;

/**
 * Webhook deliveries for push sources. Anonymous by design: the installation's source verifies each delivery (a
 * signature over the raw body) and a delivery it rejects is answered 401 with nothing stored.
 */
@Controller("/api/v1/hooks")
@Secured(SecurityRule.IS_ANONYMOUS)
class HooksApiController {

    private final PushService pushes;

    HooksApiController(PushService pushes) {
        this.pushes = pushes;
    }

    @Post("/{installationId}")
    PushResultDto deliver(long installationId, HttpRequest<?> request, @Body byte[] body) {
        return PushResultDto.of(pushes.receive(installationId, InboundRequests.of(request, body, Optional.empty())));
    }
}
