package org.partnersplatform.web.api.dto;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import org.partnersplatform.core.eligibility.CriterionResult;
import org.partnersplatform.core.eligibility.EligibilityReport;
import org.partnersplatform.core.eligibility.Evidence;

/** An organization's eligibility on a day, criterion by criterion, with the sentences and evidence. */
@Serdeable
public record EligibilityReportDto(String organization, String name, LocalDate asOf, String policyVersion,
                                   boolean eligible, List<CriterionDto> criteria) {

    /** One criterion's decision. */
    @Serdeable
    public record CriterionDto(String criterion, boolean passed, String summary, List<EvidenceDto> evidence,
                               @Nullable LocalDate nextPassOn) {
    }

    /** One fact a criterion was decided on. */
    @Serdeable
    public record EvidenceDto(String period, String label, String value, String required, boolean met) {
    }

    public static EligibilityReportDto of(EligibilityReport report) {
        return new EligibilityReportDto(report.organizationSlug(), report.organizationName(), report.asOf(),
                report.policyVersion(), report.eligible(), report.criteria().stream()
                .map(EligibilityReportDto::criterion).toList());
    }

    private static CriterionDto criterion(CriterionResult result) {
        return new CriterionDto(result.criterion().name(), result.passed(), result.summary(),
                result.evidence().stream().map(EligibilityReportDto::evidence).toList(), result.nextPassOn());
    }

    private static EvidenceDto evidence(Evidence evidence) {
        return new EvidenceDto(evidence.period(), evidence.label(), evidence.value(), evidence.required(),
                evidence.met());
    }
}
