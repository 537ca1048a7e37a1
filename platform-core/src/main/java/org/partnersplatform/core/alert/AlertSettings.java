package org.partnersplatform.core.alert;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.math.BigDecimal;

/**
 * The thresholds of the alert rules ({@code partners.alerts.*}). A drop is a share of the month before in percent
 * (1 to 100); the minimum score keeps tiny organizations quiet; the inactive days are at least one. The practical
 * minimum a partner is held to is the policy's ({@code partnership.practical.minimumContributions}).
 */
@Singleton
public class AlertSettings {

    private final BigDecimal dropPercent;
    private final BigDecimal dropMinimumScore;
    private final int inactiveDays;

    public AlertSettings(@Value("${partners.alerts.drop-percent:50}") BigDecimal dropPercent,
                         @Value("${partners.alerts.drop-minimum-score:5}") BigDecimal dropMinimumScore,
                         @Value("${partners.alerts.inactive-days:90}") int inactiveDays) {
        if (dropPercent.signum() <= 0 || dropPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalStateException("partners.alerts.drop-percent is between 1 and 100, not " + dropPercent);
        }
        if (dropMinimumScore.signum() < 0) {
            throw new IllegalStateException("partners.alerts.drop-minimum-score is not negative");
        }
        if (inactiveDays < 1) {
            throw new IllegalStateException("partners.alerts.inactive-days is at least 1, not " + inactiveDays);
        }
        this.dropPercent = dropPercent;
        this.dropMinimumScore = dropMinimumScore;
        this.inactiveDays = inactiveDays;
    }

    /** The drop, in percent of the month before, from which an organization's activity alerts. */
    public BigDecimal dropPercent() {
        return dropPercent;
    }

    /** The "most active" score the month before must reach for a drop to alert. */
    public BigDecimal dropMinimumScore() {
        return dropMinimumScore;
    }

    /** Days without activity after which an active member is inactive. */
    public int inactiveDays() {
        return inactiveDays;
    }
}
