package org.partnersplatform.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Erasure under the default policy: the person's activities stay in the aggregates, anonymised. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnonymisingErasureTest extends ErasureScenario {

    @Override
    String policy() {
        return null;
    }

    @Test
    void herActivitiesStayWithTypeDateAndOrganizationButWithoutTitleUrlEvidenceOrAttributes() throws IOException {
        fixture();
        assertEquals(ErasedActivities.ANONYMISE, summary.policy());
        assertEquals(3, summary.activitiesAnonymised());
        assertEquals(0, summary.activitiesRemoved());
        String initech = jdbc.value("SELECT id FROM organization WHERE slug = 'initech'");
        assertEquals(List.of("e1||||{}|" + initech, "e2||||{}|" + initech, "e3||||{}|" + initech), activityRows());
        assertEquals(List.of("pull_request_merged|2024-02-05", "pull_request_merged|2024-02-06", "commit|2024-02-07"),
                jdbc.column("SELECT t.type_key || '|' || CAST(CAST(a.occurred_at AS DATE) AS VARCHAR) FROM activity a"
                        + " JOIN activity_type t ON t.id = a.activity_type_id WHERE a.member_id = ?"
                        + " ORDER BY a.occurred_at", zephyrine));
    }

    @Test
    void herOrganizationStillCountsHerActivities() throws IOException {
        fixture();
        assertEquals(List.of("Initech 12 4"), leaderboards.organizations(FEBRUARY).entries().stream()
                .map(e -> e.name() + " " + e.score().toPlainString() + " " + e.contributions()).toList());
    }
}
