package org.partnersplatform.plugins.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.partnersplatform.api.MalformedDataException;

class JsonTest {

    private static Map<String, Object> parse(String text) {
        return Json.object(text.getBytes(StandardCharsets.UTF_8), "the answer");
    }

    @Test
    void typedReadsTakeWhatIsThereAndDecimalsStayExact() {
        Map<String, Object> json = parse("""
                {"id": "tx-1", "amount": {"value": 12.34}, "count": 7, "refund": true,
                 "createdAt": "2024-03-01T10:00:00.000Z", "nodes": [{"a": 1}, {"a": 2}]}
                """);

        assertEquals("tx-1", Json.requiredText(json, "id", "a transaction"));
        assertEquals(Optional.of(new BigDecimal("12.34")),
                Json.decimal(Json.requiredObject(json, "amount", "a transaction"), "value"));
        assertEquals(7L, Json.requiredLong(json, "count", "a page"));
        assertTrue(Json.bool(json, "refund"));
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), Json.requiredInstant(json, "createdAt", "a transaction"));
        assertEquals(2, Json.objects(json, "nodes").size());
        assertEquals(Optional.empty(), Json.text(json, "missing"));
    }

    @Test
    void wrongOrMissingValuesAreMalformedDataNamingTheField() {
        Map<String, Object> json = parse("{\"id\": 5, \"createdAt\": \"yesterday\"}");

        assertEquals("a transaction has no amount", assertThrows(MalformedDataException.class,
                () -> Json.requiredObject(json, "amount", "a transaction")).getMessage());
        assertThrows(MalformedDataException.class, () -> Json.requiredText(json, "id", "a transaction"));
        assertThrows(MalformedDataException.class, () -> Json.requiredInstant(json, "createdAt", "a transaction"));
        assertThrows(MalformedDataException.class, () -> parse("not json"));
        assertThrows(MalformedDataException.class, () -> parse("[1, 2]"));
    }

    @Test
    void aRequestBodyIsWrittenAsJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "{ viewer { login } }");
        body.put("variables", Map.of("first", 50));

        assertEquals("{\"query\":\"{ viewer { login } }\",\"variables\":{\"first\":50}}", Json.write(body));
        assertEquals(List.of(), Json.objects(parse("{}"), "nodes"));
    }
}
