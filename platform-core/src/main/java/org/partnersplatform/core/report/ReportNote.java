package org.partnersplatform.core.report;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The administrator's note on an unusual month (holidays, an outage of a source), shown with its reports.
 *
 * @param month {@code YYYY-MM}
 */
@Serdeable
public record ReportNote(String month, String text) {
}
