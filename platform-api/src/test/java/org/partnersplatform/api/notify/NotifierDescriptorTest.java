package org.partnersplatform.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.partnersplatform.api.config.ConfigSchema;

class NotifierDescriptorTest {

    @Test
    void aNamespacedIdIsAcceptedAndAMissingDescriptionIsEmpty() {
        NotifierDescriptor descriptor = new NotifierDescriptor("org.example.chat-webhook", "Chat", null,
                ConfigSchema.of());

        assertEquals("org.example.chat-webhook", descriptor.id());
        assertEquals("", descriptor.description());
    }

    @Test
    void anIdThatIsNotNamespacedIsRefused() {
        for (String bad : new String[] {"email", "Org.example.email", "org..email", "org.example.", "org.example.Email"}) {
            assertThrows(IllegalArgumentException.class,
                    () -> new NotifierDescriptor(bad, "Email", "", ConfigSchema.of()), bad);
        }
    }
}
