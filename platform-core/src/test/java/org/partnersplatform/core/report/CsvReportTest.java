package org.partnersplatform.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting of the CSV report and Markdown escaping of names. */
class CsvReportTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() {
        assertEquals("plain", CsvReport.field("plain"));
        assertEquals("\"Kim \"\"KJ\"\", Jr\"", CsvReport.field("Kim \"KJ\", Jr"));
        assertEquals("\"two\nlines\"", CsvReport.field("two\nlines"));
    }

    @Test
    void aReportBecomesAHeaderAndOneCrlfEndedRowPerEntry() {
        RankedEntry entry = new RankedEntry(1, "Acme, Inc.", "acme", new BigDecimal("8"), 4, 0, null,
                new BigDecimal("8"));
        Report report = new Report("2024-02", "monthly", false,
                List.of(new RankedSection("organizations-contributions", "Top", List.of(entry))), List.of(), List.of(),
                List.of(), null);

        assertEquals("section,rank,name,slug,score,contributions,conversations,rank_change,score_change\r\n"
                + "organizations-contributions,1,\"Acme, Inc.\",acme,8,4,0,,8\r\n", CsvReport.of(report));
    }

    @Test
    void markdownFormattingInANameIsEscapedSoItStaysText() {
        assertEquals("\\*\\*Bold\\*\\* \\_x\\_ \\<b\\> \\[link\\]", MarkdownReport.escape("**Bold** _x_ <b> [link]"));
    }
}
