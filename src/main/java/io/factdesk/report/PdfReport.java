package io.factdesk.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Lays out the HTML report ({@link HtmlReport#document}) as a PDF with openhtmltopdf: the same
 * page, so the PDF holds exactly what the HTML holds. jsoup turns the page into the well-formed
 * DOM openhtmltopdf needs; the DejaVu Sans fonts shipped in /report/fonts are embedded, so the PDF
 * reads the same everywhere and covers Latin, Greek and Cyrillic text.
 */
public final class PdfReport {

    static {
        // openhtmltopdf logs every font load and layout step at INFO on its own console handler.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {
    }

    public static byte[] render(Report report) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(HtmlReport.document(report)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700,
                    PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.withW3cDocument(dom, null);
            builder.withProducer("Factdesk");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String name) {
        return PdfReport.class.getResourceAsStream("/report/fonts/" + name);
    }
}
