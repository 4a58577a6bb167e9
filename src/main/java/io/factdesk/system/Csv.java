package io.factdesk.system;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Factdesk writes (the history export, the report) goes through here: RFC 4180 as
 * Commons CSV writes it (CRLF between rows; a cell quoted when it holds a comma, quote or line
 * break, or starts or ends with a character a reader might trim), and one guard against formulas.
 */
public final class Csv {

    private Csv() {
    }

    /** A printer on {@code out} that has already written the header row naming {@code columns}. */
    public static CSVPrinter printer(Appendable out, List<String> columns) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    /**
     * What users typed, made safe for a spreadsheet: text that a spreadsheet would run as a formula
     * ({@code = + - @} first, or a tab or carriage return first) gets a leading apostrophe (OWASP's
     * advice against CSV injection). Anything that is not text, and empty text, is returned as it is.
     */
    public static Object neutralised(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
