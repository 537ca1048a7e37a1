package org.partnersplatform.core.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnersplatform.core.publication.MonthContent;

/** Erasure under {@code partners.privacy.erased-activities: remove}: the person's activities are deleted. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemovingErasureTest extends ErasureScenario {

    @Override
    String policy() {
        return "remove";
    }

    @Test
    void herActivitiesAreDeleted() throws IOException {
        fixture();
        assertEquals(ErasedActivities.REMOVE, summary.policy());
        assertEquals(3, summary.activitiesRemoved());
        assertEquals(0, summary.activitiesAnonymised());
        assertEquals(List.of(), activityRows());
        assertEquals(List.of("o1"), jdbc.column("SELECT source_item_id FROM activity"));
    }

    @Test
    void herOrganizationNoLongerCountsHerActivitiesAndThePublishedMonthSaysSo() throws IOException {
        fixture();
        assertEquals(List.of("Initech 1 1"), leaderboards.organizations(FEBRUARY).entries().stream()
                .map(e -> e.name() + " " + e.score().toPlainString() + " " + e.contributions()).toList());
        List<String> changes = published.latest(FEBRUARY).changes().boards().stream()
                .filter(b -> b.board().equals(MonthContent.ORGANIZATIONS)).findFirst().orElseThrow().sentences();
        assertTrue(changes.contains("Initech: score 12 → 1 (contributions 4 → 1)"), changes.toString());
    }
}
