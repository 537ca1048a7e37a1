package org.partnersplatform.core.publication;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * One row of a published board. The score is kept in its plain, shortest form ({@code 10}, {@code 2.5}), so that a
 * row read back from JSON equals the row computed again.
 *
 * @param slug the organization's slug, or {@code member-<id>} for a person: what identifies the row across revisions
 */
@Serdeable
public record PublishedEntry(int rank, String slug, String name, BigDecimal score, long contributions) {

    public PublishedEntry {
        score = plain(score);
    }

    /** The same row under another name. */
    public PublishedEntry named(String newName) {
        return new PublishedEntry(rank, slug, newName, score, contributions);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
