package org.partnersplatform.core.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;

/**
 * One revision of a published month, as stored: {@code content} is a {@link MonthContent} and {@code changes} a
 * {@link MonthChanges}, both JSON. A revision is written once and never updated or deleted; the only exception is
 * the name of an erased person (see {@link PublishedNames}).
 */
@MappedEntity("published_month")
public record PublishedMonth(@Id @GeneratedValue @Nullable Long id, @MappedProperty("calendar_month") String month,
                             int revision, Instant publishedAt, String publishedBy, String reason, String content,
                             String changes) {
}
