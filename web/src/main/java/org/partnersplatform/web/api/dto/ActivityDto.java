package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.partnersplatform.core.activity.ActivityView;

/** A stored activity. */
@Serdeable
public record ActivityDto(String itemId, String type, String kind, Instant occurredAt, long memberId, String member,
                          @Nullable String username, @Nullable String organization, @Nullable String url,
                          @Nullable String title, String reviewState) {

    public static ActivityDto of(ActivityView view) {
        return new ActivityDto(view.itemId(), view.type(), view.kind().toLowerCase(), view.occurredAt(),
                view.memberId(), view.member(), view.username(), view.organization(), view.url(), view.title(),
                view.reviewState());
    }
}
