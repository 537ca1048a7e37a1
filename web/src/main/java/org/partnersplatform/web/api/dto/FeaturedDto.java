package org.partnersplatform.web.api.dto;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import org.partnersplatform.core.leaderboard.FeaturedOrganization;

/** {@code {"month": "2026-10", "organizations": [{"rank", "name", "slug", "score", "contributions"}]}}. */
@Serdeable
public record FeaturedDto(String month, List<Organization> organizations) {

    public static FeaturedDto of(String month, List<FeaturedOrganization> featured) {
        return new FeaturedDto(month, featured.stream()
                .map(f -> new Organization(f.rank(), f.name(), f.slug(), f.score(), f.contributions())).toList());
    }

    /** A featured organization. */
    @Serdeable
    public record Organization(int rank, String name, String slug, BigDecimal score, long contributions) {
    }
}
