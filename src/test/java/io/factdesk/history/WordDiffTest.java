package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.history.WordDiff.Kind;
import io.factdesk.history.WordDiff.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void aReplacedWordIsDeletedAndInserted() {
        assertThat(WordDiff.diff("More than 450.000 Syrians died", "More than 450,000 Syrians died")).containsExactly(
                new Segment(Kind.SAME, "More than "), new Segment(Kind.DELETED, "450.000"),
                new Segment(Kind.INSERTED, "450,000"), new Segment(Kind.SAME, " Syrians died"));
    }

    @Test
    void aRewrittenPhraseReadsAsOneChangeNotWordByWord() {
        assertThat(WordDiff.diff("The US is bombing Aleppo today", "The US denies bombing Aleppo today"))
                .containsExactly(new Segment(Kind.SAME, "The US "), new Segment(Kind.DELETED, "is"),
                        new Segment(Kind.INSERTED, "denies"), new Segment(Kind.SAME, " bombing Aleppo today"));
        assertThat(WordDiff.diff("a b c d", "a x y d")).containsExactly(new Segment(Kind.SAME, "a "),
                new Segment(Kind.DELETED, "b c"), new Segment(Kind.INSERTED, "x y"), new Segment(Kind.SAME, " d"));
    }

    @Test
    void insertedAndDeletedWordsKeepTheTextReadable() {
        assertThat(WordDiff.diff("a ceasefire before talks", "a nationwide ceasefire before Geneva talks"))
                .containsExactly(new Segment(Kind.SAME, "a "), new Segment(Kind.INSERTED, "nationwide "),
                        new Segment(Kind.SAME, "ceasefire before"), new Segment(Kind.INSERTED, " Geneva"),
                        new Segment(Kind.SAME, " talks"));
        assertThat(WordDiff.diff("one two three", "one three")).containsExactly(new Segment(Kind.SAME, "one "),
                new Segment(Kind.DELETED, "two "), new Segment(Kind.SAME, "three"));
    }

    @Test
    void nothingBeforeIsAllInsertedAndNothingAfterAllDeleted() {
        assertThat(WordDiff.diff(null, "new text")).containsExactly(new Segment(Kind.INSERTED, "new text"));
        assertThat(WordDiff.diff("old text", "")).containsExactly(new Segment(Kind.DELETED, "old text"));
        assertThat(WordDiff.diff("same", "same")).containsExactly(new Segment(Kind.SAME, "same"));
    }

    @Test
    void bothTextsCanBeReadBackFromTheSegments() {
        List<String[]> pairs = List.of(new String[] { "x  y\nz", "x y\n\nz w" },
                new String[] { "the quick brown fox", "a quick red fox jumps" },
                new String[] { "  leading and trailing  ", "leading, trailing" },
                new String[] { "ab".repeat(3000) + " " + "word ".repeat(2500), "word ".repeat(2600) });
        for (String[] pair : pairs) {
            List<Segment> diff = WordDiff.diff(pair[0], pair[1]);
            assertThat(text(diff, Kind.INSERTED)).isEqualTo(pair[0]);
            assertThat(text(diff, Kind.DELETED)).isEqualTo(pair[1]);
        }
    }

    @Test
    void thousandsOfReplacedWordsReadAsOneChangeBetweenTheirCommonEnds() {
        String before = "start " + "alpha ".repeat(2100) + "end";
        String after = "start " + "beta ".repeat(2100) + "end";
        assertThat(WordDiff.diff(before, after)).containsExactly(new Segment(Kind.SAME, "start "),
                new Segment(Kind.DELETED, "alpha ".repeat(2099) + "alpha"),
                new Segment(Kind.INSERTED, "beta ".repeat(2099) + "beta"), new Segment(Kind.SAME, " end"));
    }

    @Test
    void aRewrittenMebibyteArticleIsDiffedWordByWord() {
        Edited article = Edited.article(1 << 20, 42);
        assertThat(article.before.length()).isGreaterThanOrEqualTo(1 << 20);
        List<Segment> diff = WordDiff.diff(article.before, article.after);
        assertThat(text(diff, Kind.INSERTED)).isEqualTo(article.before);
        assertThat(text(diff, Kind.DELETED)).isEqualTo(article.after);
        assertThat(words(diff, Kind.SAME)).isEqualTo(article.kept);
        assertThat(words(diff, Kind.INSERTED)).containsAll(article.added);
        assertThat(diff.stream().filter(s -> s.kind() == Kind.DELETED).count()).isGreaterThan(10_000);
    }

    @Test
    void beyondItsBudgetTheDiffGoesParagraphByParagraphAndFinallyReplacesTheMiddleWhole() {
        Edited article = Edited.article(20_000, 7);
        for (long budget : new long[] { 100_000, 1_000_000, WordDiff.MAX_COMPARISONS }) {
            List<Segment> diff = WordDiff.diff(article.before, article.after, budget);
            assertThat(text(diff, Kind.INSERTED)).isEqualTo(article.before);
            assertThat(text(diff, Kind.DELETED)).isEqualTo(article.after);
            assertThat(words(diff, Kind.SAME)).isEqualTo(article.kept);
        }
        String before = "Title\nfirst paragraph\nsecond paragraph\nthe end";
        String after = "Title\n1st paragraph\n2nd paragraph\nthe end";
        assertThat(WordDiff.diff(before, after, 0)).containsExactly(new Segment(Kind.SAME, "Title\n"),
                new Segment(Kind.DELETED, "first paragraph\nsecond"), new Segment(Kind.INSERTED, "1st paragraph\n2nd"),
                new Segment(Kind.SAME, " paragraph\nthe end"));
        assertThat(WordDiff.diff(before, after)).containsExactly(new Segment(Kind.SAME, "Title\n"),
                new Segment(Kind.DELETED, "first"), new Segment(Kind.INSERTED, "1st"),
                new Segment(Kind.SAME, " paragraph\n"), new Segment(Kind.DELETED, "second"),
                new Segment(Kind.INSERTED, "2nd"), new Segment(Kind.SAME, " paragraph\nthe end"));
    }

    /** The text that remains when the segments of one kind are left out. */
    private static String text(List<Segment> diff, Kind without) {
        return diff.stream().filter(s -> s.kind() != without).map(Segment::text).collect(Collectors.joining());
    }

    /** The words (not the white space) of the segments of one kind, in order. */
    private static List<String> words(List<Segment> diff, Kind kind) {
        return diff.stream().filter(s -> s.kind() == kind).flatMap(s -> Arrays.stream(s.text().trim().split("\\s+")))
                .filter(w -> !w.isEmpty()).toList();
    }

    /**
     * A generated article and a heavy rewrite of it: about one word in ten replaced, deleted or
     * preceded by a new one. The new words occur nowhere in the original, so the words kept are
     * exactly those a correct word diff must mark unchanged.
     */
    record Edited(String before, String after, List<String> kept, List<String> added) {

        static Edited article(int minLength, long seed) {
            Random random = new Random(seed);
            String[] vocabulary = { "the", "ministry", "said", "ceasefire", "Aleppo", "nations", "450,000", "report",
                "would", "talks", "in", "Geneva", "of", "a", "figures", "casualty", "according", "to", "observers" };
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            List<String> kept = new ArrayList<>();
            List<String> added = new ArrayList<>();
            int fresh = 0;
            while (before.length() < minLength) {
                List<String> oldWords = new ArrayList<>();
                List<String> newWords = new ArrayList<>();
                int length = 40 + random.nextInt(120);
                for (int i = 0; i < length; i++) {
                    String word = vocabulary[random.nextInt(vocabulary.length)];
                    oldWords.add(word);
                    int dice = random.nextInt(100);
                    if (i > 0 && dice < 4) {
                        continue; // deleted
                    }
                    if (i > 0 && dice < 9) {
                        String replacement = "edited" + fresh++;
                        newWords.add(replacement);
                        added.add(replacement);
                        continue;
                    }
                    if (dice < 12) {
                        String insertion = "inserted" + fresh++;
                        newWords.add(insertion);
                        added.add(insertion);
                    }
                    newWords.add(word);
                    kept.add(word);
                }
                if (before.length() > 0) {
                    before.append("\n\n");
                    after.append("\n\n");
                }
                before.append(String.join(" ", oldWords));
                after.append(String.join(" ", newWords));
            }
            return new Edited(before.toString(), after.toString(), kept, added);
        }
    }
}
