package io.factdesk.report;

import io.factdesk.figures.FigureWords;
import io.factdesk.system.Csv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV (RFC 4180, written by Commons CSV through {@link Csv}), one row per claim. Its
 * sources are listed in one cell, one per line. Every row repeats when the report was generated and
 * the chain head, so a sheet cut out of it still says where it came from. Any cell that a spreadsheet
 * would read as a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe
 * ({@link Csv#neutralised}).
 */
public final class CsvReport {

    /**
     * The columns, in order: the header row names them. Columns are only ever added at the end, so that a
     * sheet that reads them by position keeps working ({@code figures} and {@code dates} came last).
     */
    static final List<String> COLUMNS = List.of("claim_id", "article_id", "article_title", "state", "topic",
            "statement", "quote", "claimant", "claimant_type", "claim_date", "verdict", "rating", "rationale",
            "published_at", "public_url", "sources", "corrections", "generated_at", "chain_head", "figures", "dates",
            "checked_version", "checked_version_at", "article_changed_at", "checked_version_url");

    private CsvReport() {
    }

    public static String render(Report report) {
        Map<Long, String> titles = report.articles().stream()
                .collect(Collectors.toMap(Report.ArticleInfo::id, Report.ArticleInfo::title));
        Map<Long, Long> corrections = report.corrections().stream()
                .collect(Collectors.groupingBy(Report.Correction::claimId, Collectors.counting()));
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = Csv.printer(out, COLUMNS)) {
            for (Report.ReportClaim c : report.claims()) {
                List<Object> row = new ArrayList<>(COLUMNS.size());
                row.add(c.id());
                row.add(c.articleId());
                row.add(titles.get(c.articleId()));
                row.add(c.state());
                row.add(c.topic());
                row.add(c.statement());
                row.add(c.quote().exact());
                row.add(c.claimant());
                row.add(c.claimantType());
                row.add(c.claimDate());
                row.add(c.verdict() == null ? null : c.verdict().label());
                row.add(c.verdict() == null ? null : c.verdict().rating());
                row.add(c.rationale());
                row.add(c.publishedAt());
                row.add(c.publicUrl());
                row.add(c.sources().stream().map(CsvReport::source).collect(Collectors.joining("\n")));
                row.add(corrections.getOrDefault(c.id(), 0L));
                row.add(report.generated().at());
                row.add(report.generated().chainHead());
                row.add(FigureWords.cell(c.figures()));
                row.add(FigureWords.dateCell(c.dates()));
                row.add(c.checkedVersion() == null ? null : c.checkedVersion().version());
                row.add(c.checkedVersion() == null ? null : c.checkedVersion().createdAt());
                row.add(c.articleChanged() == null ? null : c.articleChanged().at());
                row.add(c.checkedVersion() == null ? null : c.checkedVersion().publicUrl());
                csv.printRecord(row.stream().map(Csv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String source(Report.ReportSource s) {
        StringBuilder line = new StringBuilder("[").append(s.stance()).append("] ")
                .append(s.title() == null ? "" : s.title());
        if (s.publisher() != null) {
            line.append(" (").append(s.publisher()).append(')');
        }
        if (s.url() != null) {
            line.append(' ').append(s.url());
        }
        if (s.accessedAt() != null) {
            line.append(", accessed ").append(s.accessedAt());
        }
        if (s.archivedUrl() != null) {
            line.append(", archived ").append(s.archivedUrl());
        }
        return line.toString();
    }
}
