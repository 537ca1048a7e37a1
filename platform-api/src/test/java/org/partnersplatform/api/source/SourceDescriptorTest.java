package org.partnersplatform.api.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.config.ConfigSchema;

class SourceDescriptorTest {

    private static final ActivityType COMMIT = ActivityType.of("commit", "Commit", ActivityKind.CONTRIBUTION, "1");
    private static final ActivityType COMMENT = ActivityType.of("comment", "Comment", ActivityKind.CONVERSATION, "0.5");

    private static SourceDescriptor descriptor(String id, List<ActivityType> types) {
        return new SourceDescriptor(id, "Example", null, SourceCapabilities.ORDERED_INCREMENTAL, types,
                ConfigSchema.of());
    }

    @Test
    void namespacedIdIsAcceptedAndTypesAreFoundByKey() {
        SourceDescriptor descriptor = descriptor("org.example.github-enterprise", List.of(COMMIT, COMMENT));

        assertEquals(Optional.of(COMMENT), descriptor.activityType("comment"));
        assertEquals(Optional.empty(), descriptor.activityType("review"));
        assertEquals("", descriptor.description());
    }

    @Test
    void duplicateTypeKeyIsRefused() {
        ActivityType otherCommit = ActivityType.of("commit", "Another commit", ActivityKind.CONVERSATION, "3");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> descriptor("org.example.git", List.of(COMMIT, otherCommit)));
        assertTrue(e.getMessage().contains("commit"), e.getMessage());
    }

    @Test
    void idThatIsNotNamespacedIsRefused() {
        for (String bad : new String[] {"github", "Org.example.github", "org..github", "org.example.", ".github",
                "org.example.Git"}) {
            assertThrows(IllegalArgumentException.class, () -> descriptor(bad, List.of(COMMIT)), bad);
        }
    }

    @Test
    void typesListIsCopied() {
        java.util.ArrayList<ActivityType> types = new java.util.ArrayList<>(List.of(COMMIT));
        SourceDescriptor descriptor = descriptor("org.example.git", types);

        types.add(COMMENT);

        assertEquals(List.of(COMMIT), descriptor.activityTypes());
    }
}
