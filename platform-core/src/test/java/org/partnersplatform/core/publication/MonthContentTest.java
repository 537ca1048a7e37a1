package org.partnersplatform.core.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class MonthContentTest {

    @Test
    void aFormatOneDocumentWithoutARuleVersionStaysReadable() throws IOException {
        MonthContent content = ObjectMapper.getDefault().readValue("{\"format\":1,\"month\":\"2024-01\",\"boards\":"
                + "{\"organizations\":[{\"rank\":1,\"slug\":\"acme\",\"name\":\"Acme\",\"score\":5,"
                + "\"contributions\":1}]}}", MonthContent.class);

        assertEquals(1, content.format());
        assertNull(content.ruleVersion());
        assertEquals("acme", content.board(MonthContent.ORGANIZATIONS).get(0).slug());
    }

    @Test
    void aFormatTwoDocumentCarriesItsRuleVersion() throws IOException {
        MonthContent content = ObjectMapper.getDefault().readValue("{\"format\":2,\"month\":\"2024-01\",\"boards\":"
                + "{},\"ruleVersion\":\"mautic-2026.1 · r3\"}", MonthContent.class);

        assertEquals("mautic-2026.1 · r3", content.ruleVersion());
    }
}
