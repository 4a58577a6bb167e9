package io.factdesk.report;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;

/**
 * Lays out the HTML report ({@link HtmlReport#document}) as a PDF with openhtmltopdf: the same
 * page, so the PDF holds exactly what the HTML holds. jsoup turns the page into the well-formed
 * DOM openhtmltopdf needs; the DejaVu Sans fonts shipped in /report/fonts are embedded, so the PDF
 * reads the same everywhere. They cover Latin, Greek, Cyrillic and Arabic; right-to-left runs are
 * put in visual order and Arabic letters joined by ICU (openhtmltopdf's RTL support). The text
 * layer holds the words as typed: the fonts' ligatures are turned off, so that a search for
 * "Unverifiable" finds it. A symbol the fonts lack (most emoji) is printed as its Unicode name.
 * docs/reports.md.
 */
public final class PdfReport {

    private static final Font REGULAR = Font.load("DejaVuSans.ttf");
    private static final Font BOLD = Font.load("DejaVuSans-Bold.ttf");

    static {
        // openhtmltopdf logs every font load and layout step at INFO on its own console handler.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {
    }

    public static byte[] render(Report report) {
        Document html = Jsoup.parse(HtmlReport.document(report));
        // Only the fallback fonts the text needs are given to the renderer: each one given costs a PDF
        // without such letters about 6 ms (measured with Droid Sans Fallback and Lohit Devanagari).
        Set<FallbackFonts.Fallback> fallbacks = new LinkedHashSet<>();
        html.body().forEachNode(node -> {
            if (node instanceof TextNode text) {
                String printable = nameMissingSymbols(text.getWholeText());
                printable.codePoints()
                        .filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !drawable(cp))
                        .forEach(cp -> FallbackFonts.of(cp).ifPresent(fallbacks::add));
                text.text(printable);
            }
        });
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            builder.useFont(REGULAR::stream, "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(BOLD::stream, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            // Letters DejaVu lacks (Chinese, Devanagari …) in the fonts installed for them, if any.
            for (FallbackFonts.Fallback fallback : fallbacks) {
                builder.useFont(fallback.file().toFile(), "Fallback " + fallback.file().getFileName(), 400,
                        PdfRendererBuilder.FontStyle.NORMAL, true,
                        EnumSet.of(BaseRendererBuilder.FSFontUseCase.FALLBACK_FINAL));
            }
            builder.withW3cDocument(dom, null);
            builder.withProducer("Factdesk");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The text with each symbol that neither font can draw (most emoji) replaced by its Unicode name
     * in brackets, e.g. {@code [thumbs up sign]}, and a flag by its region, {@code [flag SY]}: the
     * PDF would print {@code #} instead. What only modifies a named emoji (a joiner, a variation
     * selector, a skin tone) goes with it. Letters of scripts the fonts lack are left as they are.
     */
    static String nameMissingSymbols(String text) {
        StringBuilder out = null;
        boolean named = false;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            String replacement = null;
            boolean modifier = cp == 0xFE0F || cp == 0xFE0E || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF);
            if (modifier && (named || !drawable(cp))) {
                replacement = "";
            } else if (!drawable(cp)) {
                if (isRegionalIndicator(cp) && next < text.length() && isRegionalIndicator(text.codePointAt(next))) {
                    int second = text.codePointAt(next);
                    replacement = "[flag " + (char) ('A' + cp - 0x1F1E6) + (char) ('A' + second - 0x1F1E6) + "]";
                    next += Character.charCount(second);
                } else if (isSymbol(cp) && Character.getName(cp) != null) {
                    replacement = "[" + Character.getName(cp).toLowerCase(Locale.ROOT) + "]";
                }
            }
            named = replacement != null && (named || !replacement.isEmpty());
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 32).append(text, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : text.substring(i, next));
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    private static boolean drawable(int cp) {
        return REGULAR.has(cp) && BOLD.has(cp);
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.CURRENCY_SYMBOL;
    }

    /** A shipped font, read once, with what it can draw. */
    private record Font(byte[] bytes, CmapLookup cmap) {

        static Font load(String name) {
            try (InputStream in = PdfReport.class.getResourceAsStream("/report/fonts/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font /report/fonts/" + name);
                }
                byte[] bytes = withoutGlyphSubstitution(in.readAllBytes());
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    return new Font(bytes, ttf.getUnicodeCmapLookup());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        InputStream stream() {
            return new ByteArrayInputStream(bytes);
        }

        boolean has(int codePoint) {
            return cmap.getGlyphId(codePoint) > 0;
        }

        /**
         * The font with its GSUB table renamed, so that PDFBox finds none: PDFBox applies its Latin
         * ligatures (fi, fl, ffi) from that table, and a ligature glyph's text is one character
         * (U+FB01), which a search for "fi" does not match. Arabic joining does not need the table:
         * ICU shapes the letters into their presentation forms before they reach the font. The
         * renamed table is not copied into the PDF's subset of the font.
         */
        private static byte[] withoutGlyphSubstitution(byte[] font) {
            int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
            for (int t = 0; t < tables; t++) {
                int record = 12 + 16 * t;
                if ("GSUB".equals(new String(font, record, 4, StandardCharsets.US_ASCII))) {
                    font[record + 3] = 'A'; // "GSUA": sorts where GSUB did, and no reader looks for it
                }
            }
            return font;
        }
    }
}
