package io.factdesk.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The share card of a published claim: a 1200×630 PNG (the size Open Graph and Twitter's large card
 * show) drawn with Java2D in the DejaVu Sans fonts the PDF embeds (/report/fonts). From the top: the
 * organisation, the claim's statement wrapped to the card (smaller type for a long claim, cut with
 * "…" when even that does not fit), who made the claim and when, and a band in the verdict's colour
 * with the verdict and its place on the scale. Every string is laid out by {@link TextLayout}, which
 * orders right-to-left runs and shapes Arabic (joined letter forms), so an Arabic claim reads right
 * to left, aligned right; symbols the fonts lack (most emoji) are written as their names, as in the PDF.
 * Letters of scripts DejaVu lacks (Chinese, Japanese, Korean, Devanagari …) are drawn in the fonts installed
 * for them ({@link FallbackFonts}), or as boxes where there are none; docs/reports.md, "Fonts".
 * Runs headless: no display is needed or used.
 */
public final class ShareCard {

    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;

    static {
        // Before any AWT class asks: a server has no display (GraphicsEnvironment reads this once).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    static final Font REGULAR = load("DejaVuSans.ttf");
    static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private static final int MARGIN = 64;
    private static final int BAND_TOP = 470;
    private static final Color INK = new Color(0x1a1a1a);
    private static final Color MUTED = new Color(0x4a4a4a);
    private static final Color PAPER = new Color(0xfbfaf7);
    private static final float[] CLAIM_SIZES = {52f, 46f, 40f, 35f, 31f};

    private ShareCard() {
    }

    /**
     * What a card shows.
     *
     * @param statement    the claim as the headline gives it
     * @param byline       who made it and when ("The ministry, 14 July 2016"); null for nothing
     * @param verdict      the verdict's label
     * @param colour       its palette slot ({@link VerdictScale#rgb})
     * @param place        its place on the scale in words ("2nd of 5 on the scale from False to True"); may be empty
     * @param organisation who published the fact-check
     */
    public record Content(String statement, String byline, String verdict, int colour, String place,
            String organisation) {

        /** The card of a published claim of the report. */
        public static Content of(Report report, Report.ReportClaim claim, VerdictScale scale) {
            String statement = ShareMeta.headline(claim);
            String byline = null;
            if (claim.claimant() != null && !claim.claimant().isBlank()) {
                byline = "Claimed by " + embedded(claim.claimant()) + (claim.claimDate() == null ? "" : ", " + claim.claimDate());
            } else if (claim.claimDate() != null) {
                byline = "Claimed on " + claim.claimDate();
            }
            if (claim.verdict() == null) {
                return new Content(statement, byline, "No verdict", 6, "", report.organisation().name());
            }
            VerdictScale.Shown shown = scale.of(claim.verdict());
            return new Content(statement, byline, shown.label(), shown.colour(), shown.placeWords(),
                    report.organisation().name());
        }
    }

    /**
     * A name inside an English sentence: a right-to-left one is followed by a left-to-right mark, or
     * an Arabic claimant followed by ", 2016-07-14" would pull the comma and the date into its run.
     */
    static String embedded(String text) {
        return rightToLeft(text) ? text + "\u200E" : text;
    }

    /** Whether the text's paragraph direction (its first strong character) is right to left. */
    private static boolean rightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** The card as PNG bytes. */
    public static byte[] render(Content content) {
        return png(draw(content));
    }

    /** The card as an image (for tests and the benchmark: {@link #render} is this plus PNG encoding). */
    static BufferedImage draw(Content content) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color verdict = new Color(VerdictScale.rgb(content.colour()));
            g.setColor(verdict);
            g.fillRect(0, 0, WIDTH, 12);

            FontRenderContext frc = g.getFontRenderContext();
            g.setColor(MUTED);
            line(g, (content.organisation() + " · Fact-check").toUpperCase(java.util.Locale.ROOT),
                    BOLD.deriveFont(24f), MARGIN, 72, WIDTH - 2 * MARGIN);

            float bottom = content.byline() == null ? BAND_TOP - 36 : BAND_TOP - 84;
            List<Line> lines = null;
            float size = CLAIM_SIZES[CLAIM_SIZES.length - 1];
            for (float s : CLAIM_SIZES) {
                List<Line> tried = wrap(printable(content.statement()), BOLD.deriveFont(s), WIDTH - 2 * MARGIN,
                        frc, Integer.MAX_VALUE);
                if (height(tried, s) <= bottom - 112) {
                    lines = tried;
                    size = s;
                    break;
                }
            }
            if (lines == null) {
                Font font = BOLD.deriveFont(size);
                int fit = (int) ((bottom - 112) / (font.getSize2D() * 1.25f));
                lines = wrap(printable(content.statement()), font, WIDTH - 2 * MARGIN, frc, fit);
            }
            g.setColor(INK);
            float y = 112;
            boolean rtl = rightToLeft(content.statement());
            for (Line line : lines) {
                TextLayout l = line.layout();
                y += l.getAscent();
                l.draw(g, rtl ? WIDTH - MARGIN - l.getAdvance() : MARGIN, y);
                y += l.getDescent() + l.getLeading() + size * 0.1f;
            }
            if (content.byline() != null) {
                g.setColor(MUTED);
                line(g, printable(content.byline()), REGULAR.deriveFont(28f), MARGIN, BAND_TOP - 36,
                        WIDTH - 2 * MARGIN);
            }

            g.setColor(verdict);
            g.fillRect(0, BAND_TOP, WIDTH, HEIGHT - BAND_TOP);
            g.setColor(Color.WHITE);
            line(g, printable(content.verdict()), BOLD.deriveFont(64f), MARGIN, BAND_TOP + 90, WIDTH - 2 * MARGIN);
            if (!content.place().isEmpty()) {
                line(g, content.place(), REGULAR.deriveFont(26f), MARGIN, BAND_TOP + 136, WIDTH - 2 * MARGIN);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The image as a PNG: 8-bit RGB, each row with the "Sub" filter (a run of one colour becomes
     * zeros) and deflated at the default level. ImageIO's writer tries every filter on every row and
     * deflates at level 9, which takes ten times as long for a card of text on flat colours and makes
     * it hardly smaller (docs/benchmarks.md, "Share cards").
     */
    static byte[] png(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] row = new int[width];
        byte[] raw = new byte[height * (1 + 3 * width)];
        int at = 0;
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            raw[at++] = 1; // Sub: each byte less the same byte of the pixel to its left
            int previous = 0;
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                raw[at++] = (byte) ((rgb >> 16) - (previous >> 16));
                raw[at++] = (byte) ((rgb >> 8) - (previous >> 8));
                raw[at++] = (byte) (rgb - previous);
                previous = rgb;
            }
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 8);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        } finally {
            deflater.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * One line of text at {@code x} (the right edge of {@code width} for a right-to-left text), cut
     * with "…" when it is wider.
     */
    private static void line(Graphics2D g, String text, Font font, float x, float baseline, float width) {
        List<Line> lines = wrap(text, font, width, g.getFontRenderContext(), 1);
        if (lines.isEmpty()) {
            return;
        }
        TextLayout l = lines.get(0).layout();
        boolean rtl = rightToLeft(text);
        l.draw(g, rtl ? x + width - l.getAdvance() : x, baseline);
    }

    /**
     * The text broken into lines no wider than {@code width} by {@link LineBreakMeasurer} (which
     * breaks at word boundaries and lays out each line with bidi and shaping), in the paragraph's own
     * direction; at most {@code max} lines, the last cut with "…" when the text goes on.
     */
    static List<Line> wrap(String text, Font font, float width, FontRenderContext frc, int max) {
        List<Line> lines = new ArrayList<>();
        if (text == null || text.isBlank() || max < 1) {
            return lines;
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        boolean rtl = rightToLeft(flat);
        AttributedString styled = attributed(flat, font, rtl);
        LineBreakMeasurer measurer = new LineBreakMeasurer(styled.getIterator(), frc);
        List<Integer> starts = new ArrayList<>();
        while (measurer.getPosition() < flat.length()) {
            if (lines.size() == max) {
                // The last line again, shortened until it holds its text and the ellipsis.
                int start = starts.get(max - 1);
                String rest = flat.substring(start).strip();
                for (int end = rest.length(); end > 0; end = previousBreak(rest, end)) {
                    String cut = rest.substring(0, end).strip() + "…";
                    TextLayout shortened = new TextLayout(attributed(cut, font, rtl).getIterator(), frc);
                    if (shortened.getAdvance() <= width) {
                        lines.set(max - 1, new Line(cut, shortened));
                        break;
                    }
                }
                break;
            }
            int start = measurer.getPosition();
            starts.add(start);
            TextLayout layout = measurer.nextLayout(width);
            lines.add(new Line(flat.substring(start, measurer.getPosition()), layout));
        }
        return lines;
    }

    /** A line of a wrapped text: its characters and their layout. */
    record Line(String text, TextLayout layout) {
    }

    private static int previousBreak(String text, int end) {
        int space = text.lastIndexOf(' ', end - 1);
        return space > 0 ? space : end - 1;
    }

    private static AttributedString attributed(String text, Font font, boolean rtl) {
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, font);
        // Letters DejaVu lacks (Chinese, Devanagari …) in a fallback font installed on the server, if any.
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            Font fallback = font.canDisplay(cp) ? null : FallbackFonts.drawing(cp).orElse(null);
            int end = i + Character.charCount(cp);
            while (fallback != null && end < text.length()) {
                int next = text.codePointAt(end);
                if ((font.canDisplay(next) && !Character.isWhitespace(next)) || !fallback.canDisplay(next)) {
                    break;
                }
                end += Character.charCount(next);
            }
            if (fallback != null) {
                styled.addAttribute(TextAttribute.FONT, fallback.deriveFont(font.getStyle(), font.getSize2D()), i, end);
            }
            i = end;
        }
        styled.addAttribute(TextAttribute.RUN_DIRECTION,
                rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return styled;
    }

    private static float height(List<Line> lines, float size) {
        float h = 0;
        for (Line line : lines) {
            TextLayout l = line.layout();
            h += l.getAscent() + l.getDescent() + l.getLeading() + size * 0.1f;
        }
        return h;
    }

    /** Symbols the fonts lack, by name ({@link PdfReport#nameMissingSymbols}); null as empty. */
    private static String printable(String text) {
        return text == null ? "" : PdfReport.nameMissingSymbols(text);
    }

    private static Font load(String name) {
        try (InputStream in = ShareCard.class.getResourceAsStream("/report/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font /report/fonts/" + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Unreadable font /report/fonts/" + name, e);
        }
    }
}
