package org.partnersplatform.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void currentVersionIsAFilteredSemanticVersion() {
        String version = ApiVersion.current();

        assertTrue(version.matches("\\d+\\.\\d+\\.\\d+"), version);
    }
}
