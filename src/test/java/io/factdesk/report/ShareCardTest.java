package io.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The share card as a social network shows it: a 1200×630 PNG with the claim in the text area, the
 * verdict on a band of its colour, and Arabic drawn in joined letters, right to left.
 */
class ShareCardTest {

    private static final int PAPER = 0xfbfaf7;
    /** Debian's fonts-droid-fallback and fonts-lohit-deva, the default factdesk.fonts.fallback (.ci/run installs them). */
    static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");
    static final Path DEVANAGARI_FONT = Path.of("/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf");
    private static final String ARABIC = "قال الوزير إن معدل البطالة انخفض إلى أدنى مستوى منذ عشر سنوات";

    private static ShareCard.Content card(String statement, String verdict, int colour) {
        return new ShareCard.Content(statement, "Claimed by The ministry, 2016-07-14", verdict, colour,
                "2nd of 5 on the scale from False to True", "Factdesk Example");
    }

    private static BufferedImage png(ShareCard.Content content) throws IOException {
        byte[] png = ShareCard.render(content);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Pixels of the claim's area (below the organisation, above the claimant) that are not the paper. */
    private static int ink(BufferedImage image, int x0, int x1) {
        int n = 0;
        for (int y = 100; y < 380; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xffffff) != PAPER) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void theCardIsA1200By630PngWithTheClaimAndTheVerdictInItsColour() throws IOException {
        BufferedImage image = png(card("Unemployment fell to 3.1 per cent in the second quarter", "Mostly false", 3));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(ink(image, 64, 1136)).as("the claim is drawn").isGreaterThan(20_000);
        int verdictColour = VerdictScale.rgb(3);
        int band = 0;
        for (int y = 470; y < 630; y++) {
            for (int x = 0; x < 1200; x++) {
                if ((image.getRGB(x, y) & 0xffffff) == verdictColour) {
                    band++;
                }
            }
        }
        assertThat(band).as("the band is the verdict's colour, with white words on it").isGreaterThan(150_000)
                .isLessThan(1200 * 160);
        assertThat(image.getRGB(1190, 620) & 0xffffff).isEqualTo(verdictColour);
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void anotherVerdictIsAnotherColour() throws IOException {
        BufferedImage falseCard = png(card("Unemployment fell", "False", 4));
        assertThat(falseCard.getRGB(1190, 620) & 0xffffff).isEqualTo(VerdictScale.rgb(4)).isNotEqualTo(VerdictScale.rgb(3));
    }

    @Test
    void anArabicClaimIsDrawnInItsOwnLettersRightToLeft() throws IOException {
        assertThat(ShareCard.BOLD.canDisplayUpTo(ARABIC)).as("DejaVu Sans Bold has every letter").isEqualTo(-1);
        String missing = "\u0378".repeat(ARABIC.length()); // unassigned: no font has it, boxes
        assertThat(ShareCard.BOLD.canDisplayUpTo(missing)).isZero();
        BufferedImage arabic = png(card(ARABIC, "False", 4));
        BufferedImage boxes = png(card(missing, "False", 4));
        assertThat(ink(arabic, 64, 1136)).isGreaterThan(10_000);
        int differing = 0;
        for (int y = 100; y < 380; y++) {
            for (int x = 64; x < 1136; x++) {
                if (arabic.getRGB(x, y) != boxes.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("not drawn as missing-glyph boxes").isGreaterThan(10_000);

        // A short claim: Arabic is aligned right, English left.
        BufferedImage shortArabic = png(card("قال الوزير", "False", 4));
        BufferedImage shortEnglish = png(card("The minister said", "False", 4));
        assertThat(ink(shortArabic, 900, 1136)).isPositive();
        assertThat(ink(shortArabic, 0, 600)).isZero();
        assertThat(ink(shortEnglish, 0, 300)).isPositive();
        assertThat(ink(shortEnglish, 900, 1200)).isZero();
    }

    @Test
    void chineseAndDevanagariAreDrawnInTheInstalledFallbackFonts() throws IOException {
        // "The minister said unemployment fell to its lowest level in ten years." / "The mayor said 300 new
        // homes were built last year." (as many characters: drawn as boxes, the two would be the same picture)
        String chinese = "部长说失业率降至十年来最低水平";
        String otherChinese = "市长表示去年新建了三百套新住房";
        String hindi = "मंत्री ने कहा कि बेरोजगारी घटी";
        Assumptions.assumeTrue(Files.isReadable(CJK_FONT) && Files.isReadable(DEVANAGARI_FONT), "Skipped: the fonts"
                + " for Chinese and Devanagari are not installed (apt-get install -y fonts-droid-fallback fonts-lohit-deva)");
        assertThat(ShareCard.BOLD.canDisplayUpTo(chinese)).as("DejaVu lacks them").isZero();
        assertThat(ShareCard.BOLD.canDisplayUpTo(hindi)).isZero();
        BufferedImage one = png(card(chinese, "False", 4));
        BufferedImage other = png(card(otherChinese, "False", 4));
        BufferedImage boxes = png(card("\u0378".repeat(chinese.length()), "False", 4));
        assertThat(ink(one, 64, 1136)).isGreaterThan(10_000);
        assertThat(differing(one, other)).as("other characters, another picture: glyphs, not boxes")
                .isGreaterThan(5_000);
        assertThat(differing(one, boxes)).isGreaterThan(5_000);
        BufferedImage devanagari = png(card(hindi, "False", 4));
        assertThat(differing(devanagari, png(card("\u0378".repeat(hindi.length()), "False", 4))))
                .isGreaterThan(5_000);
    }

    /** Pixels of the claim's area that differ between two cards. */
    private static int differing(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 100; y < 380; y++) {
            for (int x = 64; x < 1136; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void arabicLettersAreJoined() {
        // With a zero-width non-joiner between them, the letters take their isolated forms; without, their
        // joined ones. A layout that did not shape would draw both the same.
        assertThat(drawn("بيت")).isNotEqualTo(drawn("ب\u200Cي\u200Cت"));
        assertThat(drawn("abc")).as("the comparison itself: ZWNJ draws nothing between Latin letters")
                .isEqualTo(drawn("a\u200Cb\u200Cc"));
    }

    private static List<Integer> drawn(String text) {
        BufferedImage image = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        ShareCard.wrap(text, ShareCard.BOLD.deriveFont(60f), 280, g.getFontRenderContext(), 1).get(0).layout()
                .draw(g, 10, 80);
        g.dispose();
        return java.util.Arrays.stream(image.getRGB(0, 0, 300, 120, null, 0, 300)).boxed().toList();
    }

    @Test
    void aLongClaimIsWrappedWithinTheCardAndCutWithAnEllipsis() {
        Font font = ShareCard.BOLD.deriveFont(40f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        String text = "The minister said that unemployment fell to its lowest level in a decade ".repeat(6).strip();
        List<ShareCard.Line> lines = ShareCard.wrap(text, font, 1072, frc, 3);
        assertThat(lines).hasSize(3);
        assertThat(lines).allSatisfy(l -> assertThat(l.layout().getVisibleAdvance()).isLessThanOrEqualTo(1072f));
        assertThat(lines.get(0).text()).startsWith("The minister said that");
        assertThat(lines.get(2).text()).endsWith("…");
        assertThat(lines.get(1).text()).doesNotEndWith("…");
        assertThat(ShareCard.wrap(text, font, 1072, frc, Integer.MAX_VALUE)).hasSizeGreaterThan(3)
                .allSatisfy(l -> assertThat(l.text()).doesNotEndWith("…"));
    }
}
