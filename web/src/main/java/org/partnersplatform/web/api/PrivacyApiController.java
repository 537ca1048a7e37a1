package org.partnersplatform.web.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import java.security.Principal;
import java.util.Map;
import org.partnersplatform.core.InvalidRequestException;
import org.partnersplatform.core.privacy.PersonErasure;
import org.partnersplatform.core.privacy.PersonalDataExporter;
import org.partnersplatform.web.api.dto.PrivacyEraseRequest;
import org.partnersplatform.web.api.dto.PrivacyErasureDto;

/** A person's right of access (export) and of erasure. Both are logged in the privacy log. */
@Controller("/api/v1/people/{id}")
@Secured({"ADMIN"})
class PrivacyApiController {

    private final PersonalDataExporter exporter;
    private final PersonErasure erasure;

    PrivacyApiController(PersonalDataExporter exporter, PersonErasure erasure) {
        this.exporter = exporter;
        this.erasure = erasure;
    }

    @Get(value = "/export", produces = MediaType.APPLICATION_JSON)
    HttpResponse<Map<String, Object>> export(long id, Principal principal) {
        return HttpResponse.ok(exporter.export(id, principal.getName()))
                .header("Content-Disposition", "attachment; filename=\"member-" + id + "-personal-data.json\"");
    }

    @Post("/erase")
    PrivacyErasureDto erase(long id, @Nullable @Body PrivacyEraseRequest request, Principal principal) {
        if (request == null || !Boolean.TRUE.equals(request.confirm())) {
            throw new InvalidRequestException("erasing a person cannot be undone: send {\"confirm\": true}",
                    Map.of("confirm", "is true"));
        }
        return PrivacyErasureDto.of(erasure.erase(id, principal.getName()));
    }
}
