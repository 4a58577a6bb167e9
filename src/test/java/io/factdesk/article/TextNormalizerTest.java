package io.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.article.TextNormalizer.Paragraph;
import io.factdesk.system.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    static String demoRaw() throws IOException {
        try (InputStream in = TextNormalizerTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void nullBecomesEmpty() {
        assertEquals("", TextNormalizer.normalize(null));
    }

    @Test
    void crlfCrNelAndLineSeparatorBecomeLineFeed() {
        assertEquals("a\nb\nc\nd\ne", TextNormalizer.normalize("a\r\nb\rc\u0085d\u2028e"));
    }

    @Test
    void paragraphSeparatorBecomesParagraphBreak() {
        assertEquals("a\n\nb", TextNormalizer.normalize("a\u2029b"));
    }

    @Test
    void crlfBlankLineIsOneParagraphBreak() {
        assertEquals("one\n\ntwo", TextNormalizer.normalize("one\r\n\r\ntwo\r\n"));
    }

    @Test
    void tabsAndRunsOfSpacesBecomeOneSpace() {
        assertEquals("a b c", TextNormalizer.normalize("a\t\tb  \t c"));
    }

    @Test
    void unicodeSpacesBecomeAsciiSpace() {
        String spaces = "\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000\u000B\u000C";
        for (char c : spaces.toCharArray()) {
            assertEquals("a b", TextNormalizer.normalize("a" + c + "b"), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void linesAreTrimmedAtBothEnds() {
        assertEquals("a\nb", TextNormalizer.normalize("  a \t\n\u00A0 b  "));
    }

    @Test
    void threeOrMoreBlankLinesBecomeOneParagraphBreak() {
        assertEquals("a\n\nb", TextNormalizer.normalize("a\n\n\n\n\nb"));
    }

    @Test
    void linesHoldingOnlyWhitespaceCountAsBlank() {
        assertEquals("a\n\nb", TextNormalizer.normalize("a\n \t \n\u00A0\nb"));
    }

    @Test
    void singleLineBreakInsideParagraphIsKept() {
        assertEquals("roses are red\nviolets are blue", TextNormalizer.normalize("roses are red\nviolets are blue"));
    }

    @Test
    void leadingAndTrailingBlankLinesAreRemovedAndNoTrailingNewline() {
        assertEquals("text", TextNormalizer.normalize("\n\n  \n text \n\n\n"));
    }

    @Test
    void decomposedAccentIsComposed() {
        String nfd = "Caf" + "e\u0301";
        String nfc = TextNormalizer.normalize(nfd);
        assertEquals("Caf\u00E9", nfc);
        assertEquals(4, nfc.length());
    }

    @Test
    void decomposedArabicHamzaIsComposed() {
        // ALEF U+0627 + HAMZA ABOVE U+0654 composes to ALEF WITH HAMZA ABOVE U+0623.
        assertEquals("\u0623", TextNormalizer.normalize("\u0627\u0654"));
    }

    @Test
    void controlBetweenLetterAndCombiningMarkDoesNotBlockComposition() {
        assertEquals("\u00E9", TextNormalizer.normalize("e\u0007\u0301"));
    }

    @Test
    void leadingBomIsDropped() {
        assertEquals("Title", TextNormalizer.normalize("\uFEFFTitle"));
        assertEquals("Title", TextNormalizer.normalize("\uFEFF\r\n  Title"));
    }

    @Test
    void controlCharactersAreRemovedButJoinersAndVariationSelectorsKept() {
        assertEquals("ab", TextNormalizer.normalize("a\u0000\u0007\u001B\u007F\u0080\u009Fb"));
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        String heart = "\u2764\uFE0F";
        String zwnj = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        assertEquals(family + " " + heart + " " + zwnj, TextNormalizer.normalize(family + " " + heart + " " + zwnj));
    }

    @Test
    void normalizingTwiceChangesNothing() {
        List<String> samples = Arrays.asList(
                "\uFEFF  Title\r\n\r\n\r\nBody\tline\u00A0one\u2028two\u2029\u2029three  \n",
                " \uFEFF\uFEFFx", "e\u0000\u0301", "\n\u0301a", "a \u0301", "\u2001x\u2000", "\r\r\n\n\r", "");
        for (String s : samples) {
            String once = TextNormalizer.normalize(s);
            assertEquals(once, TextNormalizer.normalize(once), () -> "sample " + s.codePoints().boxed().toList());
        }
    }

    @Test
    void normalizingTwiceChangesNothingForRandomAwkwardText() {
        String alphabet = "ae \t\n\r\u0085\u2028\u2029\u00A0\u3000\u0000\u0007\u009F\uFEFF\u0301\u0654\u0627\u200D\uFE0F";
        Random random = new Random(20160714);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String once = TextNormalizer.normalize(s.toString());
            assertEquals(once, TextNormalizer.normalize(once), () -> "sample " + s.codePoints().boxed().toList());
        }
    }

    @Test
    void fragmentIsNormalizedAndTrimmed() {
        assertEquals("John Kerry\narrived", TextNormalizer.normalizeFragment("  John\u00A0 Kerry \r\n arrived\n"));
        assertEquals("", TextNormalizer.normalizeFragment(" \t\n"));
        assertEquals("", TextNormalizer.normalizeFragment(null));
    }

    @Test
    void demoBodyHasOneParagraphPerBlankLineSeparatedBlockOfTheFile() throws IOException {
        String raw = demoRaw();
        long blocks = Arrays.stream(raw.split("\\R[ \\t\\u00A0]*\\R")).filter(b -> !b.isBlank()).count();
        List<Paragraph> paragraphs = TextNormalizer.paragraphs(TextNormalizer.normalize(raw));
        assertEquals(21, blocks);
        assertEquals(blocks, paragraphs.size());
        assertTrue(paragraphs.get(0).text().startsWith("Bashar al-Assad, the current Syrian president"));
        assertEquals("US-Russian cooperation", paragraphs.get(8).text());
    }

    @Test
    void paragraphOffsetsAreCodePointsIntoTheBody() {
        // "😀 hi" is 4 code points but 5 UTF-16 units, so the second paragraph starts at 4 + 2 = 6, not 7.
        String body = "\uD83D\uDE00 hi\n\nsecond\nline\n\nthird";
        List<Paragraph> paragraphs = TextNormalizer.paragraphs(body);
        assertEquals(List.of(
                new Paragraph(0, 4, "\uD83D\uDE00 hi"),
                new Paragraph(6, 17, "second\nline"),
                new Paragraph(19, 24, "third")), paragraphs);
    }

    @Test
    void demoParagraphsSliceBackToTheirText() throws IOException {
        String body = TextNormalizer.normalize(demoRaw());
        int[] cps = body.codePoints().toArray();
        for (Paragraph p : TextNormalizer.paragraphs(body)) {
            assertEquals(p.text(), new String(cps, p.start(), p.end() - p.start()));
        }
    }

    @Test
    void emptyBodyHasNoParagraphs() {
        assertEquals(List.of(), TextNormalizer.paragraphs(""));
    }

    @Test
    void sha256IsLowercaseHexOfUtf8() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hashes.sha256(""));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Hashes.sha256("abc"));
        // printf 'é' | sha256sum  (the two UTF-8 bytes C3 A9)
        assertEquals("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c", Hashes.sha256("\u00E9"));
    }
}
