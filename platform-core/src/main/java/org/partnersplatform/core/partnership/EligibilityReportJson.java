package org.partnersplatform.core.partnership;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.SerdeImport;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.partnersplatform.core.eligibility.CriterionResult;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.eligibility.Evidence;

/** The eligibility report a reviewer saw, as the JSON stored with the decision. */
@Singleton
@SerdeImport(EligibilityReport.class)
@SerdeImport(CriterionResult.class)
@SerdeImport(Evidence.class)
class EligibilityReportJson {

    private final JsonMapper json;

    EligibilityReportJson(JsonMapper json) {
        this.json = json;
    }

    String write(EligibilityReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EligibilityReport read(String stored) {
        try {
            return json.readValue(stored, EligibilityReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
