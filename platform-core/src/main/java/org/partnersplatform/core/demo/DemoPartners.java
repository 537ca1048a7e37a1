package org.partnersplatform.core.demo;

import jakarta.inject.Singleton;
import java.util.List;
import org.partnersplatform.core.identity.Slugs;
import org.partnersplatform.core.partnership.ApplicationCommand;
import org.partnersplatform.core.partnership.ApplicationDecisions;
import org.partnersplatform.core.partnership.ApplicationIntake;
import org.partnersplatform.core.partnership.ApplicationReceipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's partners: the six most engaged demo organizations apply (the first three are the ones that pay), and all
 * but the sixth are approved by a demo reviewer, so the home page features partners, the partners page lists them and one application waits for a
 * decision. It goes through the same intake and decisions as real applications.
 */
@Singleton
class DemoPartners {

    static final String REVIEWER = "demo-reviewer";
    private static final int APPLICANTS = 6;
    private static final Logger LOG = LoggerFactory.getLogger(DemoPartners.class);

    private final ApplicationIntake intake;
    private final ApplicationDecisions decisions;

    DemoPartners(ApplicationIntake intake, ApplicationDecisions decisions) {
        this.intake = intake;
        this.decisions = decisions;
    }

    /** Seeds the applications of the first organizations, most engaged first. */
    void seed(List<DemoOrganization> mostEngaged) {
        List<DemoOrganization> applicants = mostEngaged.stream().limit(APPLICANTS).toList();
        for (int i = 0; i < applicants.size(); i++) {
            DemoOrganization organization = applicants.get(i);
            String contact = "partners@" + organization.domain();
            ApplicationReceipt receipt = intake.submit(new ApplicationCommand(Slugs.fromName(organization.name()), null,
                    "Partnership contact (sample)", contact,
                    organization.name() + " builds on the project and wants to give back (sample application).",
                    List.of(new ApplicationCommand.TeamMember("Partnership contact (sample)", contact))));
            if (i < applicants.size() - 1) {
                decisions.decide(receipt.id(), ApplicationDecisions.Decision.APPROVE,
                        "Approved in the demo community (sample decision)", REVIEWER);
            }
        }
        LOG.info("Demo partners: {} approved, 1 application waiting for a reviewer", applicants.size() - 1);
    }
}
