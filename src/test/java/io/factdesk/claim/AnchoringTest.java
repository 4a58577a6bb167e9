package io.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.factdesk.article.TextNormalizer;
import io.factdesk.claim.AnchorException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    static final String NUMBER = "more than 450.000 Syrians";

    static String raw;
    static String body;

    @BeforeAll
    static void loadDemo() throws IOException {
        try (InputStream in = AnchoringTest.class.getResourceAsStream("/demo/syria-2016-07-14.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        body = TextNormalizer.normalize(raw);
    }

    static AnchorException failure(Integer start, Integer end, String exact, String prefix, String suffix) {
        return assertThrows(AnchorException.class, () -> Anchoring.resolve(body, start, end, exact, prefix, suffix));
    }

    @Test
    void quoteAloneFindsTheNumberInTheDemo() {
        // Independent reckoning: the demo is all BMP and normalizing only swaps one NBSP for a space and
        // drops the final newline, so the quote's UTF-16 index in the raw file is its code point offset.
        assertTrue(raw.codePoints().allMatch(Character::isBmpCodePoint));
        int expectedStart = raw.indexOf(NUMBER);
        assertEquals(3420, expectedStart);

        TextAnchor anchor = Anchoring.resolve(body, null, null, NUMBER, null, null);

        assertEquals(new TextAnchor(NUMBER, "crisis that resulted in killing ", " and displacing more than 12 mil",
                expectedStart, expectedStart + NUMBER.length()), anchor);
        assertEquals(Anchoring.CONTEXT, anchor.prefix().length());
        assertEquals(Anchoring.CONTEXT, anchor.suffix().length());
    }

    @Test
    void positionAloneGivesTheSameAnchorAsTheQuote() {
        TextAnchor byQuote = Anchoring.resolve(body, null, null, NUMBER, null, null);
        TextAnchor byPosition = Anchoring.resolve(body, 3420, 3445, null, null, null);
        assertEquals(byQuote, byPosition);
    }

    @Test
    void positionWithMatchingQuoteIsAcceptedAndGivenContextIsReplacedByTheBodys() {
        TextAnchor anchor = Anchoring.resolve(body, 3420, 3445, "more than\n450.000  Syrians", "made up", "also made up");
        assertEquals(NUMBER, anchor.exact());
        assertEquals("crisis that resulted in killing ", anchor.prefix());
        assertEquals(" and displacing more than 12 mil", anchor.suffix());
    }

    @Test
    void positionWhoseTextDiffersFromTheQuoteIsAMismatch() {
        AnchorException e = failure(3420, 3445, "more than 500.000 Syrians", null, null);
        assertEquals(Reason.MISMATCH, e.reason());
        assertEquals("quote.exact", e.field());
        assertTrue(e.getMessage().contains("\"" + NUMBER + "\""), e.getMessage());
    }

    @Test
    void mismatchMessageShowsAtMostAboutEightyCharactersOfTheBody() {
        AnchorException e = failure(0, 500, "Bashar", null, null);
        assertEquals(Reason.MISMATCH, e.reason());
        String shown = e.getMessage().split("\"")[1];
        assertEquals(80, shown.length());
        assertTrue(shown.endsWith("…"));
    }

    @Test
    void positionOutsideTheBodyIsOutOfRange() {
        int length = Anchoring.codePointLength(body);
        assertEquals(3501, length);
        for (int[] p : new int[][] {{-1, 5}, {5, 5}, {9, 3}, {3490, length + 1}}) {
            AnchorException e = failure(p[0], p[1], null, null, null);
            assertEquals(Reason.OUT_OF_RANGE, e.reason());
            assertEquals("position", e.field());
            assertTrue(e.getMessage().contains("≤ 3501"), e.getMessage());
        }
        assertEquals("homes.", Anchoring.resolve(body, length - 6, length, null, null, null).exact());
    }

    @Test
    void startWithoutEndIsAnIncompletePosition() {
        assertEquals(Reason.INCOMPLETE_POSITION, failure(5, null, NUMBER, null, null).reason());
        AnchorException e = failure(null, 5, null, null, null);
        assertEquals(Reason.INCOMPLETE_POSITION, e.reason());
        assertEquals("position", e.field());
    }

    @Test
    void neitherPositionNorQuoteIsEmpty() {
        AnchorException e = failure(null, null, null, "prefix", null);
        assertEquals(Reason.EMPTY, e.reason());
        assertEquals("quote", e.field());
    }

    @Test
    void blankQuoteIsEmpty() {
        AnchorException e = failure(null, null, " \n\t ", null, null);
        assertEquals(Reason.EMPTY, e.reason());
        assertEquals("quote.exact", e.field());
    }

    @Test
    void blankQuoteBesidesAPositionIsIgnored() {
        assertEquals(NUMBER, Anchoring.resolve(body, 3420, 3445, "  ", null, null).exact());
    }

    @Test
    void quoteNotInTheBodyIsNotFound() {
        AnchorException e = failure(null, null, "more than 500.000 Syrians", null, null);
        assertEquals(Reason.NOT_FOUND, e.reason());
        assertEquals("quote.exact", e.field());
        assertTrue(e.candidates().isEmpty());
    }

    @Test
    void quoteStandingTwiceIsAmbiguousWithBothCandidates() {
        AnchorException e = failure(null, null, "Kerry arrived", null, null);

        assertEquals(Reason.AMBIGUOUS, e.reason());
        assertEquals("quote", e.field());
        assertEquals("The quote \"Kerry arrived\" stands 2 times in the article; choose one by position or add prefix/suffix.",
                e.getMessage());
        List<TextAnchor> candidates = e.candidates();
        assertEquals(List.of(raw.indexOf("Kerry arrived"), raw.lastIndexOf("Kerry arrived")),
                candidates.stream().map(TextAnchor::start).toList());
        assertEquals(", as US Secretary of State John ", candidates.get(0).prefix());
        assertEquals(" later on Thursday in Moscow, a ", candidates.get(1).suffix());
    }

    @Test
    void ambiguousCandidateCanBeRequestedAgainByPosition() {
        TextAnchor second = failure(null, null, "Kerry arrived", null, null).candidates().get(1);
        assertEquals(second, Anchoring.resolve(body, second.start(), second.end(), "Kerry arrived", null, null));
    }

    @Test
    void prefixPicksOneOfTwoOccurrences() {
        TextAnchor anchor = Anchoring.resolve(body, null, null, "Kerry arrived", "Secretary of State John", null);
        assertEquals(177, anchor.start());
        assertEquals(190, anchor.end());
        assertEquals(", as US Secretary of State John ", anchor.prefix());
    }

    @Test
    void prefixAcrossAParagraphBreakMatchesWithWhitespaceFolded() {
        TextAnchor anchor = Anchoring.resolve(body, null, null, "Kerry arrived", "US-Russian  cooperation ", null);
        assertEquals(1279, anchor.start());
    }

    @Test
    void suffixPicksOneOfTwoOccurrences() {
        TextAnchor anchor = Anchoring.resolve(body, null, null, "Kerry arrived", null, "later on");
        assertEquals(1279, anchor.start());
    }

    @Test
    void contextThatFitsNoOccurrenceStillListsThemAll() {
        AnchorException e = failure(null, null, "Kerry arrived", "Senator", null);
        assertEquals(Reason.AMBIGUOUS, e.reason());
        assertEquals(2, e.candidates().size());
        assertTrue(e.getMessage().contains("none has the given prefix/suffix"), e.getMessage());
    }

    @Test
    void contextThatFitsSeveralOccurrencesListsOnlyThose() {
        String text = "x said no. y said no. x said no.";
        AnchorException e = assertThrows(AnchorException.class,
                () -> Anchoring.resolve(text, null, null, "said no", "x", null));
        assertEquals(List.of(2, 24), e.candidates().stream().map(TextAnchor::start).toList());
        assertTrue(e.getMessage().contains("stands 3 times in the article and 2 of them fit"), e.getMessage());
    }

    @Test
    void overlappingOccurrencesAllCount() {
        AnchorException e = assertThrows(AnchorException.class,
                () -> Anchoring.resolve("aaa", null, null, "aa", null, null));
        assertEquals(List.of(0, 1), e.candidates().stream().map(TextAnchor::start).toList());
    }

    @Test
    void quoteSpanningTwoParagraphsMatches() {
        String quote = "stalled peace efforts.\n\nSpeaking to NBC News";
        TextAnchor anchor = Anchoring.resolve(body, null, null, quote, null, null);
        assertEquals(quote, anchor.exact());
        assertEquals(body.indexOf(quote), anchor.start());
        assertEquals(body.indexOf(quote) + quote.length(), anchor.end());
        assertEquals(anchor, Anchoring.resolve(body, null, null, "stalled peace efforts. Speaking to NBC News", null, null));
    }

    @Test
    void quoteWithOtherWhitespaceThanTheBodyStillMatches() {
        // The body has single spaces (and the NBSP before "peaceful" became one); the pasted quote has a
        // line break, a tab and a double space instead.
        TextAnchor anchor = Anchoring.resolve(body, null, null, "  what was a\npeaceful\tuprising  in Syria ", null, null);
        assertEquals("what was a peaceful uprising in Syria", anchor.exact());
        assertEquals(body.indexOf("what was a peaceful"), anchor.start());
    }

    @Test
    void contextIsClippedAtTheBodysEnds() {
        TextAnchor first = Anchoring.resolve(body, null, null, "Bashar al-Assad", null, null);
        assertEquals(new TextAnchor("Bashar al-Assad", "", ", the current Syrian president a", 0, 15), first);
        TextAnchor last = Anchoring.resolve(body, null, null, "their homes.", null, null);
        assertEquals("", last.suffix());
        assertEquals(Anchoring.codePointLength(body), last.end());
    }

    /*
     * "Hi 😀 from 👨‍👩‍👧 and بشار الأسد." counted by hand:
     *   "Hi "          3 code points, 3 UTF-16 units  -> cp 0..3,   char 0..3
     *   😀 U+1F600     1 code point,  2 units (pair)  -> cp 3..4,   char 3..5
     *   " from "       6 / 6                          -> cp 4..10,  char 5..11
     *   👨‍👩‍👧 man ZWJ woman ZWJ girl: 3 astral + 2 ZWJ = 5 code points, 3*2 + 2 = 8 units
     *                                                  -> cp 10..15, char 11..19
     *   " and "        5 / 5                          -> cp 15..20, char 19..24
     *   بشار الأسد     4 letters + space + 5 letters = 10 code points, all BMP, 10 units
     *                                                  -> cp 20..30, char 24..34
     *   "."            1 / 1                          -> cp 30..31, char 34..35
     * So every offset after the grinning face lags the UTF-16 index by 1, and after the family by 1 + 3 = 4.
     */
    static final String GRIN = "\uD83D\uDE00";
    static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String ASSAD = "\u0628\u0634\u0627\u0631 \u0627\u0644\u0623\u0633\u062F";
    static final String MIXED = "Hi " + GRIN + " from " + FAMILY + " and " + ASSAD + ".";

    @Test
    void codePointOffsetsDifferFromUtf16IndicesAfterAstralCharacters() {
        assertEquals(MIXED, TextNormalizer.normalize(MIXED));
        assertEquals(35, MIXED.length());
        assertEquals(31, Anchoring.codePointLength(MIXED));

        assertEquals(new TextAnchor(GRIN, "Hi ", " from " + FAMILY + " and " + ASSAD + ".", 3, 4),
                Anchoring.resolve(MIXED, null, null, GRIN, null, null));

        TextAnchor family = Anchoring.resolve(MIXED, null, null, FAMILY, null, null);
        assertEquals(11, MIXED.indexOf(FAMILY));
        assertEquals(10, family.start());
        assertEquals(15, family.end());

        TextAnchor assad = Anchoring.resolve(MIXED, null, null, ASSAD, null, null);
        assertEquals(24, MIXED.indexOf(ASSAD));
        assertEquals(20, assad.start());
        assertEquals(30, assad.end());
        assertEquals("Hi " + GRIN + " from " + FAMILY + " and ", assad.prefix());
        assertEquals(".", assad.suffix());

        assertEquals(family, Anchoring.resolve(MIXED, 10, 15, FAMILY, null, null));
        assertEquals(assad, Anchoring.resolve(MIXED, 20, 30, null, null, null));
    }

    @Test
    void contextCountsCodePointsNotUtf16Units() {
        String text = GRIN.repeat(40) + "x" + GRIN.repeat(40);
        TextAnchor anchor = Anchoring.resolve(text, null, null, "x", null, null);
        assertEquals(40, anchor.start());
        assertEquals(GRIN.repeat(Anchoring.CONTEXT), anchor.prefix());
        assertEquals(GRIN.repeat(Anchoring.CONTEXT), anchor.suffix());
    }

    @Test
    void quoteNeverMatchesHalfASurrogatePair() {
        AnchorException e = assertThrows(AnchorException.class,
                () -> Anchoring.resolve(MIXED, null, null, "\uDE00", null, null));
        assertEquals(Reason.NOT_FOUND, e.reason());
    }

    @Test
    void offsetConversionsRoundTripAndRejectOutOfRange() {
        assertEquals(4, Anchoring.toCodePointOffset(MIXED, 5));
        assertEquals(5, Anchoring.toCharIndex(MIXED, 4));
        assertEquals(24, Anchoring.toCharIndex(MIXED, 20));
        assertEquals(31, Anchoring.toCodePointOffset(MIXED, 35));
        assertEquals(ASSAD, Anchoring.slice(MIXED, 20, 30));
        assertEquals("", Anchoring.slice(MIXED, 31, 31));

        assertThrows(IllegalArgumentException.class, () -> Anchoring.toCodePointOffset(MIXED, -1));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.toCodePointOffset(MIXED, 36));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.toCodePointOffset(MIXED, 4));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.toCharIndex(MIXED, -1));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.toCharIndex(MIXED, 32));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.slice(MIXED, 20, 32));
        assertThrows(IllegalArgumentException.class, () -> Anchoring.slice(MIXED, 5, 4));
    }

    @Test
    void resolvingStaysFastOnAOneMebibyteBody() {
        String big = TextNormalizer.normalize(("lorem ipsum " + GRIN + " dolor sit amet\n\n").repeat(40_000) + "needle");
        long t0 = System.nanoTime();
        TextAnchor needle = Anchoring.resolve(big, null, null, "needle", null, null);
        AnchorException many = assertThrows(AnchorException.class,
                () -> Anchoring.resolve(big, null, null, "ipsum", null, null));
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Anchoring.codePointLength(big), needle.end());
        assertEquals(40_000, many.candidates().size());
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }
}
