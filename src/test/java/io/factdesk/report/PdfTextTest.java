package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The PDF's text layer, as a reader searching it or a screen reader gets it: words whole (no
 * ligature characters), Arabic in logical order, emoji as something readable. Each PDF is also
 * written to target/pdf-text/ to be looked at as pictures (pdftoppm -png).
 */
@QuarkusTest
class PdfTextTest {

    /** "The minister said that the ceasefire will begin tomorrow." */
    static final String ARABIC = "قال الوزير إن وقف إطلاق النار سيبدأ غدا";
    /** "The minister said unemployment fell to its lowest level in ten years." */
    static final String CHINESE = "部长说失业率降至十年来最低水平";

    @Test
    void searchingThePdfFindsWordsWithFiAndFlInThem() throws IOException {
        byte[] pdf = pdf("ligatures", claim(1, "The office says the ceasefire held and nobody flew in.", "Unverifiable"));
        String glyphs = glyphText(pdf);
        assertThat(glyphs).contains("Unverifiable", "ceasefire", "office", "flew")
                .doesNotContain("\uFB01", "\uFB02", "\uFB03", "\uFB04");
    }

    @Test
    void anArabicStatementIsExtractedInLogicalOrder() throws IOException {
        byte[] pdf = pdf("arabic", claim(2, ARABIC, "False"));
        assertThat(text(pdf)).contains(ARABIC);
    }

    @Test
    void emojiArePrintedAsGlyphsOrTheirNamesNeverAsHashes() throws IOException {
        byte[] pdf = pdf("emoji", claim(3, "Thumbs up 👍, a check ✅, a smile 😀 and a flag 🇸🇾.", "True"));
        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("#").contains("Thumbs up [thumbs up sign], a check [white heavy check mark],"
                + " a smile 😀 and a flag [flag SY].");
    }

    @Test
    void chineseIsPrintedInTheInstalledFallbackFontNotAsHashes() throws IOException {
        Assumptions.assumeTrue(Files.isReadable(ShareCardTest.CJK_FONT), "Skipped: the font for Chinese is not"
                + " installed (apt-get install -y fonts-droid-fallback; docs/reports.md, \"Fonts\")");
        byte[] pdf = pdf("chinese", claim(4, CHINESE, "Mostly false"));
        assertThat(text(pdf)).contains(CHINESE).doesNotContain("#");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> fonts = new java.util.ArrayList<>();
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans")).anyMatch(f -> f.contains("DroidSansFallback"));
        }
    }

    @Test
    void symbolsTheFontsDrawAndOtherTextAreLeftAsTheyAre() {
        assertThat(PdfReport.nameMissingSymbols("Ceasefire → 50 € ★ 😀 Ελλάδα")).isEqualTo("Ceasefire → 50 € ★ 😀 Ελλάδα");
        assertThat(PdfReport.nameMissingSymbols("❤️ 👍🏽 🧑‍🚒")).isEqualTo(
                "❤️ [thumbs up sign] [adult][fire engine]");
    }

    private static byte[] pdf(String name, Report.ReportClaim claim) throws IOException {
        byte[] pdf = PdfReport.render(report(List.of(claim)));
        Files.createDirectories(Path.of("target/pdf-text"));
        Files.write(Path.of("target/pdf-text/" + name + ".pdf"), pdf);
        return pdf;
    }

    /** The text as PDFBox extracts it (in logical order; ligatures and Arabic forms normalised). */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The characters of the glyphs as the PDF maps them, before PDFBox normalises anything. */
    static String glyphText(byte[] pdf) throws IOException {
        StringBuilder glyphs = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                positions.forEach(p -> glyphs.append(p.getUnicode()));
                glyphs.append('\n');
            }
        };
        try (PDDocument document = Loader.loadPDF(pdf)) {
            stripper.getText(document);
        }
        return glyphs.toString();
    }

    static Report.ReportClaim claim(long id, String statement, String verdict) {
        return new Report.ReportClaim(id, 1, "PUBLISHED", "Other", new Report.Quote(statement, "Before ", " after."),
                statement, "Someone", "Person", LocalDate.of(2016, 7, 14), null,
                new Report.Verdict(verdict, null, null, null, null), "The rationale of " + verdict + ".",
                Instant.parse("2016-07-20T09:30:00Z"), "https://factcheck.example.org/public/claims/" + id, List.of(),
                List.of(), List.of(), null, null);
    }

    static Report report(List<Report.ReportClaim> claims) {
        return new Report(Report.SCHEMA_VERSION, "public", "A report in several scripts", new Report.Generated(
                Instant.parse("2016-07-21T08:00:00Z"), "0".repeat(63) + "1", 1), ShippedSettings.ORGANISATION,
                List.of(new Report.ArticleInfo(1, "A report in several scripts", null, null, null, null, "en", null)),
                new Report.Summary(claims.size(), List.of(), 0, List.of()), claims, List.of(), ShippedSettings.SCALE);
    }
}
