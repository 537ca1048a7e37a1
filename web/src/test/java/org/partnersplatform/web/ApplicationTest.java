package org.partnersplatform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    @AfterEach
    void clear() {
        System.clearProperty("partners.data-dir");
    }

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteForTheEmbeddedDatabase() {
        System.setProperty("partners.data-dir", "some/data");
        String resolved = Application.absoluteDataDirectory();
        assertTrue(Path.of(resolved).isAbsolute(), resolved);
        assertEquals(Path.of("some/data").toAbsolutePath().normalize().toString(), resolved);
    }

    @Test
    void anAbsoluteDataDirectoryIsKept() {
        System.setProperty("partners.data-dir", "/var/lib/partners/../partners");
        assertEquals("/var/lib/partners", Application.absoluteDataDirectory());
    }
}
