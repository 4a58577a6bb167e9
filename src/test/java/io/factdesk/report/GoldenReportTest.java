package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.testing.ReportFixture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every format of the demo article's public and internal reports, compared with the files in
 * src/test/resources/golden. The report is built by the service from the demo data; what changes
 * from run to run (ids, times, the chain head, the organisation and scale other tests edit) is then
 * set to fixed values, so the files show exactly what a reader gets. After a deliberate change,
 * {@code ./mvnw test -Dtest=GoldenReportTest -Dgolden.update=true} rewrites them; review the diff.
 */
@QuarkusTest
class GoldenReportTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final String BASE = "https://factcheck.example.org";

    @Inject
    ReportService reports;

    @Inject
    ReportResponses responses;

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void publicReport(ReportFormat format) throws IOException {
        compare("public", format, stable(reports.ofArticle(ReportFixture.demo().articleId(), true, BASE)));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void internalReport(ReportFormat format) throws IOException {
        compare("internal", format, stable(reports.ofArticle(ReportFixture.demo().articleId(), false, BASE)));
    }

    private void compare(String scope, ReportFormat format, Report report) throws IOException {
        byte[] body = (byte[]) responses.of(report, format, "article-1").getEntity();
        String text = format == ReportFormat.PDF ? pdfText(body) : new String(body, StandardCharsets.UTF_8);
        Path file = DIR.resolve(scope + "-report." + format.extension() + (format == ReportFormat.PDF ? ".txt" : ""));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file; run with -Dgolden.update=true to create it").exists();
        assertThat(text).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return "pages: " + document.getNumberOfPages() + "\n" + new PDFTextStripper().getText(document);
        }
    }

    private static Report.Verdict shipped(Report.Verdict v) {
        if (v == null) {
            return null;
        }
        Report.ScaleLabel label = ShippedSettings.SCALE.stream().filter(l -> l.label().equals(v.label())).findFirst()
                .orElseThrow();
        return new Report.Verdict(label.label(), label.rating(), label.rating() == null ? null : 5,
                label.rating() == null ? null : 1, label.definition());
    }

    /**
     * The report with its ids numbered from 1 in order of appearance, its times fixed, a fixed chain
     * head, and the organisation and rating scale as they ship (other tests may edit both): the
     * organisation has no URL of its own, so the report gives the public URL.
     */
    static Report stable(Report r) {
        Map<Long, Long> claimIds = new HashMap<>();
        Map<Long, Long> sourceIds = new HashMap<>();
        r.claims().forEach(c -> claimIds.put(c.id(), (long) claimIds.size() + 1));
        Instant published = Instant.parse("2016-07-20T09:30:00Z");
        List<Report.ReportClaim> claims = new ArrayList<>();
        for (Report.ReportClaim c : r.claims()) {
            long id = claimIds.get(c.id());
            List<Report.ReportSource> sources = c.sources().stream().map(s -> new Report.ReportSource(
                    sourceIds.computeIfAbsent(s.sourceId(), k -> (long) sourceIds.size() + 1), s.title(), s.publisher(),
                    s.author(), s.url(), s.archivedUrl(), s.publishedAt(), s.accessedAt(), s.type(), s.reliability(),
                    s.stance(), s.excerpt(), s.note())).toList();
            claims.add(new Report.ReportClaim(id, 1, c.state(), c.topic(), c.quote(), c.statement(), c.claimant(),
                    c.claimantType(), c.claimDate(), c.firstAppearance(), shipped(c.verdict()), c.rationale(),
                    c.publishedAt() == null ? null : published,
                    c.publicUrl() == null ? null : PublicLinks.claim(BASE, id), sources, c.figures(), c.dates(),
                    c.checkedVersion() == null ? null : new Report.CheckedVersion(c.checkedVersion().version(),
                            Instant.parse("2016-07-15T07:00:00Z"), c.checkedVersion().publicUrl() == null ? null
                                    : PublicLinks.version(BASE, 1, c.checkedVersion().version())),
                    c.articleChanged() == null ? null : new Report.ArticleChange(c.articleChanged().version(),
                            Instant.parse("2016-07-22T10:00:00Z"), c.articleChanged().currentVersion())));
        }
        List<Report.Correction> corrections = r.corrections().stream().map(x -> new Report.Correction(
                claimIds.get(x.claimId()), x.statement(), Instant.parse("2016-07-19T16:00:00Z"), published, x.note(),
                x.verdictBefore(), x.verdictAfter(), x.reopenedBy())).toList();
        List<Report.ArticleInfo> articles = r.articles().stream().map(a -> new Report.ArticleInfo(1, a.title(), a.url(),
                a.publisher(), a.author(), a.publishedAt(), a.language(),
                a.publicUrl() == null ? null : PublicLinks.article(BASE, 1))).toList();
        return new Report(r.schemaVersion(), r.scope(), r.title(), new Report.Generated(
                Instant.parse("2016-07-21T08:00:00Z"), "0".repeat(63) + "1", 1234), new Report.OrganisationInfo(
                ShippedSettings.ORGANISATION.name(), BASE, ShippedSettings.ORGANISATION.methodology(),
                ShippedSettings.ORGANISATION.correctionsPolicy()),
                articles, r.summary(), claims, corrections, ShippedSettings.SCALE);
    }
}
