package io.factdesk.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.audit.AuditChain;
import io.factdesk.audit.AuditEvent;
import io.factdesk.system.Csv;
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
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the history, oldest first, as JSON Lines (one {@link EventView} per line: what the
 * verification script of docs/history.md reads) or as CSV for spreadsheets (through {@link Csv}).
 * Streams page by page, so an export of the whole chain needs no more memory than one page.
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
        CSVPrinter csv = format == Format.CSV ? Csv.printer(writer, CSV_COLUMNS) : null;
        long after = 0;
        while (true) {
            List<AuditEvent> page = history.matchingAfter(filter, after, HistoryService.PAGE);
            for (AuditEvent event : page) {
                if (csv != null) {
                    writeCsv(event, csv);
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

    /**
     * One row per event. Only the comment is free text, so only it passes the formula guard; the
     * JSON Lines export keeps every value exactly, and is the one to verify.
     */
    private static void writeCsv(AuditEvent e, CSVPrinter out) throws IOException {
        out.printRecord(Long.toString(e.seq), AuditChain.formatTime(e.occurredAt), e.actorName, text(e.actorId),
                e.type, text(e.articleId), text(e.claimId), e.beforeJson, e.afterJson, Csv.neutralised(e.comment),
                e.prevHash, e.hash);
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }
}
