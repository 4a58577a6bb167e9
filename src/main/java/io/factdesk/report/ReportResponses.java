package io.factdesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.concurrent.Semaphore;

/**
 * Turns a report into the response of one format: its renderer, its Content-Type, a
 * Content-Disposition with a file name made of plain ASCII letters, digits and dashes, and the
 * headers that keep it where it belongs (the HTML report's own CSP; no caching of working reports).
 */
@ApplicationScoped
public class ReportResponses {

    @Inject
    ObjectMapper json;

    /** PDF renders at a time: each takes a core and tens of MB for seconds on a large article. */
    private final Semaphore pdfRenders = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2), true);

    /**
     * @param subject what the file name says the report is about, e.g. {@code article-12}
     */
    public Response of(Report report, ReportFormat format, String subject) {
        return respond(render(report, format, subject), format);
    }

    /** The report in one format, with its file name; PDF renders wait their turn. */
    public ReportCache.Rendered render(Report report, ReportFormat format, String subject) {
        Object body = switch (format) {
            case HTML -> HtmlReport.document(report);
            case PDF -> pdf(report);
            case MARKDOWN -> MarkdownReport.render(report);
            case CSV -> CsvReport.render(report);
            case JSON -> write(report);
            case CLAIMREVIEW -> ClaimReviews.toJson(ClaimReviews.of(report, json), json);
        };
        byte[] bytes = body instanceof byte[] b ? b : body.toString().getBytes(StandardCharsets.UTF_8);
        return new ReportCache.Rendered(bytes, fileName(report, subject, format), report.isPublic(),
                report.claims().size());
    }

    public Response respond(ReportCache.Rendered rendered, ReportFormat format) {
        String disposition = format == ReportFormat.HTML ? "inline" : "attachment";
        Response.ResponseBuilder response = Response.ok(rendered.body(), format.mediaType())
                .header("Content-Disposition", disposition + "; filename=\"" + rendered.fileName() + "\"")
                .header("Vary", HttpHeaders.ACCEPT)
                .header("Cache-Control", rendered.isPublic() ? "no-cache" : "private, no-store");
        if (format == ReportFormat.HTML) {
            response.header("Content-Security-Policy", HtmlReport.CSP);
        }
        return response.build();
    }

    private byte[] pdf(Report report) {
        pdfRenders.acquireUninterruptibly();
        try {
            return PdfReport.render(report);
        } finally {
            pdfRenders.release();
        }
    }

    /** {@code fact-check-article-12-syria-talks.pdf}: ASCII only, so every browser and file system takes it. */
    static String fileName(Report report, String subject, ReportFormat format) {
        String slug = Normalizer.normalize(report.title() == null ? "" : report.title(), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return (report.isPublic() ? "fact-check-" : "working-report-") + subject.replaceAll("[^a-z0-9-]", "")
                + (slug.isEmpty() ? "" : "-" + slug) + "." + format.extension();
    }

    private String write(Report report) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
