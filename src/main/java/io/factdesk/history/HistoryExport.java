package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Writes the history, oldest first, as JSON Lines (one {@link EventView} per line: what the
 * verification script of docs/history.md reads) or as CSV for spreadsheets. Streams page by page,
 * so an export of the whole chain needs no more memory than one page.
 */
@ApplicationScoped
public class HistoryExport {

    public enum Format {
        CSV("text/csv", "csv"), JSONL("application/jsonl", "jsonl");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        /** The format by name; null when the name is none of them. */
        public static Format of(String name) {
            for (Format f : values()) {
                if (f.extension.equals(name == null ? "" : name.strip().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    static final List<String> CSV_COLUMNS = List.of("seq", "occurredAt", "actor", "actorId", "type", "articleId",
            "claimId", "before", "after", "comment", "prevHash", "hash");

    @Inject
    HistoryService history;

    @Inject
    ObjectMapper json;

    public void write(Format format, HistoryService.Filter filter, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (format == Format.CSV) {
            writer.write(String.join(",", CSV_COLUMNS));
            writer.write("\r\n");
        }
        long after = 0;
        while (true) {
            List<AuditEvent> page = history.matchingAfter(filter, after, HistoryService.PAGE);
            for (AuditEvent event : page) {
                if (format == Format.CSV) {
                    writeCsv(event, writer);
                } else {
                    writer.write(json.writeValueAsString(EventView.of(event, json)));
                    writer.write('\n');
                }
            }
            if (page.size() < HistoryService.PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq;
        }
        writer.flush();
    }

    private static void writeCsv(AuditEvent e, Writer out) throws IOException {
        String[] cells = { Long.toString(e.seq), AuditChain.formatTime(e.occurredAt), e.actorName, text(e.actorId),
            e.type, text(e.articleId), text(e.claimId), e.beforeJson, e.afterJson, spreadsheetSafe(e.comment),
            e.prevHash, e.hash };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvCell(cells[i]));
        }
        out.write("\r\n");
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. Null is empty. */
    static String csvCell(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * A free-text cell that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
     * apostrophe (OWASP's advice for CSV injection). Only the comment is free text; the JSON Lines
     * export keeps every value exactly, and is the one to verify.
     */
    static String spreadsheetSafe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }
}
