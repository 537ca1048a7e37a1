package org.partnersplatform.core.partnership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.alert.AlertInbox;
import org.partnersplatform.core.alert.PartnerOrganizations;
import org.partnersplatform.core.identity.Organization;
import org.partnersplatform.core.identity.OrganizationDomain;
import org.partnersplatform.core.identity.OrganizationDomainRepository;
import org.partnersplatform.core.identity.OrganizationRepository;
import org.partnersplatform.core.identity.OrganizationStatus;
import org.partnersplatform.core.ingest.SyncService;
import org.partnersplatform.core.installation.InstallationService;
import org.partnersplatform.core.policy.DeploymentPolicy;
import org.partnersplatform.core.testing.CoreTestProperties;
import org.partnersplatform.core.testing.ScriptedRecords;
import org.partnersplatform.core.testplugins.TestPluginJars;

/**
 * A grace period shorter than the way to delisting: under a policy with {@code graceMonths} 1 and
 * {@code delistAfterMonths} 3, the second month below ends the grace period with its own event and alert, and the
 * third delists.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShortGracePartnershipTest implements TestPropertyProvider {

    private static final String SOURCE = "org.example.scripted";

    @Inject
    PartnershipClock clock;

    @Inject
    ApplicationIntake intake;

    @Inject
    ApplicationDecisions decisions;

    @Inject
    PartnerLifecycle lifecycle;

    @Inject
    Partnerships partnerships;

    @Inject
    PartnerOrganizations flags;

    @Inject
    AlertInbox inbox;

    @Inject
    InstallationService installations;

    @Inject
    SyncService syncs;

    @Inject
    OrganizationRepository organizations;

    @Inject
    OrganizationDomainRepository domains;

    @Override
    public Map<String, String> getProperties() {
        Path dir = TestPluginJars.newDirectory();
        TestPluginJars.scripted(dir, SOURCE);
        Map<String, String> properties = new HashMap<>(CoreTestProperties.with(dir));
        properties.put("spec.name", "PartnershipTest");
        properties.put("partners.policy.file", policyWithShortGrace(dir).toString());
        return properties;
    }

    /** The built-in policy with a one-month grace period and delisting after three months below. */
    private static Path policyWithShortGrace(Path dir) {
        try (InputStream in = DeploymentPolicy.class.getClassLoader().getResourceAsStream(DeploymentPolicy.BUILT_IN)) {
            String builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String policy = builtIn.replace("\"graceMonths\": 2", "\"graceMonths\": 1")
                    .replace("\"version\": \"mautic-2026.1\"", "\"version\": \"short-grace-1\"");
            return Files.writeString(dir.resolve("short-grace-policy.json"), policy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSecondMonthBelowEndsTheGracePeriodAndTheThirdDelists() {
        clock.set("2024-07-05T09:00:00Z");
        Organization slowco = organizations.save(Organization.create("slowco", "Slowco", null, null,
                OrganizationStatus.CONFIRMED, false, Instant.now()));
        domains.save(new OrganizationDomain(null, slowco.id(), "slowco.com"));
        ScriptedRecords.sync(installations, syncs, SOURCE, "short grace", false, List.of(
                "s1;commit;2024-02-01T10:00:00Z;sam;sam;sam@slowco.com;false"));
        clock.set("2024-02-05T09:00:00Z");
        ApplicationReceipt receipt = intake.submit(new ApplicationCommand("slowco", null, "Sam", "sam@slowco.com",
                "We build on the project.", List.of(new ApplicationCommand.TeamMember("Sam", "sam@slowco.com"))));
        decisions.decide(receipt.id(), ApplicationDecisions.Decision.APPROVE, "Welcome", "rita");
        clock.set("2024-07-05T09:00:00Z");

        lifecycle.evaluate(YearMonth.of(2024, 5));

        assertEquals(List.of(
                "2024-02 APPROVED",
                "2024-03 GRACE_STARTED: 0 contributions in March 2024, below the practical minimum of 1; grace period"
                        + " starts: 1 month to get back above the minimum",
                "2024-04 GRACE_ENDED: 0 contributions in April 2024, below the practical minimum of 1; the grace"
                        + " period is over: delisted if still below the minimum in the next 1 month",
                "2024-05 DELISTED: 0 contributions in May 2024, below the practical minimum of 1; delisted after 3"
                        + " months in a row below it"),
                partnerships.events("slowco").stream().map(e -> e.calendarMonth() + " " + e.kind()
                        + (e.kind() == PartnershipEventKind.APPROVED ? "" : ": " + e.reason())).toList());
        assertEquals(List.of("2024-03 PARTNER_GRACE", "2024-04 PARTNER_GRACE_ENDED", "2024-05 PARTNER_DELISTED"),
                inbox.list(null, null).stream().filter(a -> a.subjectName().equals("Slowco"))
                        .filter(a -> a.kind().name().startsWith("PARTNER_"))
                        .map(a -> a.period() + " " + a.kind()).sorted().toList());
        assertEquals(List.of("short-grace-1"), partnerships.events("slowco").stream()
                .map(PartnershipEvent::policyVersion).distinct().toList());
        assertFalse(flags.isPartner("slowco"));
    }
}
