package org.partnersplatform.core.report;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/**
 * Which published revision a monthly report was taken from.
 *
 * @param revision 1 for the first publication
 * @param publishedOn the day that revision was made, in the deployment's time zone
 */
@Serdeable
public record Publication(int revision, LocalDate publishedOn) {
}
