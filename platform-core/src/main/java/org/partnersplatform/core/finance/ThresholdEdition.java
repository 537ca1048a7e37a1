package org.partnersplatform.core.finance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One edition (publication date) of the Big Mac index as one data set (an imported file) gives it. */
@MappedEntity("threshold_edition")
public record ThresholdEdition(@Id @GeneratedValue @Nullable Long id, LocalDate editionDate, String dataSet,
                               Instant importedAt) {
}
