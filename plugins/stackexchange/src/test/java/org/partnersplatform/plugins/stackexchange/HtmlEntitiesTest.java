package org.partnersplatform.plugins.stackexchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The entities the API leaves in names and titles. */
class HtmlEntitiesTest {

    @Test
    void decimalHexAndNamedEntitiesAreDecoded() {
        assertEquals("O'Brien", HtmlEntities.decode("O&#39;Brien"));
        assertEquals("Georg Sch\u00f6lly", HtmlEntities.decode("Georg Sch&#246;lly"));
        assertEquals("fixed-length \"strings\" & <chars>",
                HtmlEntities.decode("fixed-length &quot;strings&quot; &amp; &lt;chars&gt;"));
        assertEquals("\u00e9", HtmlEntities.decode("&#xE9;"));
    }

    @Test
    void unknownEntitiesAndBareAmpersandsAreKept() {
        assertEquals("a &bogus; b & c", HtmlEntities.decode("a &bogus; b & c"));
        assertEquals("&#0;", HtmlEntities.decode("&#0;"));
        assertNull(HtmlEntities.decode(null));
    }
}
