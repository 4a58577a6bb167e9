package io.factdesk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The one CSV writer and formula guard that the history export and the report share. */
class CsvTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe() {
        for (String formula : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(Csv.neutralised(formula)).isEqualTo("'" + formula);
        }
        assertThat(Csv.neutralised("22 nations")).isEqualTo("22 nations");
        assertThat(Csv.neutralised("a=b")).isEqualTo("a=b");
        assertThat(Csv.neutralised("")).isEqualTo("");
        assertThat(Csv.neutralised(null)).isNull();
        assertThat(Csv.neutralised(-1L)).isEqualTo(-1L);
    }

    @Test
    void writesRfc4180WithAHeaderRowAndQuotesOnlyWhereNeeded() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = Csv.printer(out, List.of("id", "text", "note"))) {
            csv.printRecord(1, "plain", null);
            csv.printRecord(2, "says \"22\", not 20\nreally", Csv.neutralised("=cmd"));
        }
        assertThat(out.toString()).isEqualTo("id,text,note\r\n"
                + "1,plain,\r\n"
                + "2,\"says \"\"22\"\", not 20\nreally\",'=cmd\r\n");
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows.get(2).get(1)).isEqualTo("says \"22\", not 20\nreally");
    }
}
