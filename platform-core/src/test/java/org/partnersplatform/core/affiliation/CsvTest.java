package org.partnersplatform.core.affiliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnersplatform.core.InvalidRequestException;

/** The small CSV reader and writer of the bulk imports. */
class CsvTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaksAndRecordsKeepTheirStartingLine() {
        List<Csv.Record> records = Csv.parse("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\n\"two\nlines\",z\rlast,");

        assertEquals(List.of(new Csv.Record(1, List.of("a", "b")), new Csv.Record(2, List.of("x, y", "say \"hi\"")),
                new Csv.Record(4, List.of("two\nlines", "z")), new Csv.Record(6, List.of("last", ""))), records);
    }

    @Test
    void anEmptyQuotedFieldIsARecordButAnEmptyLineIsNot() {
        assertEquals(List.of(new Csv.Record(2, List.of(""))), Csv.parse("\n\"\"\n"));
    }

    @Test
    void whatIsWrittenReadsBackTheSame() {
        List<String> fields = List.of("plain", "with, comma", "with \"quotes\"", "two\nlines", " padded ", "");

        assertEquals(List.of(new Csv.Record(1, fields)), Csv.parse(Csv.line(fields)));
        assertEquals("plain,\"a,b\"\n", Csv.line(List.of("plain", "a,b")));
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartsOn() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> Csv.parse("a,b\nc,\"d\ne,f\n"));

        assertEquals("the CSV is malformed: the quoted field that starts on line 2 is not closed; nothing was read",
                refused.getMessage());
    }

    @Test
    void aFormulaLikeTextIsDefusedForSpreadsheets() {
        assertEquals(List.of("'=SUM(A1)", "'+1", "'@x", "Ann", ""), List.of(Csv.text("=SUM(A1)"), Csv.text("+1"),
                Csv.text("@x"), Csv.text("Ann"), Csv.text("")));
    }
}
