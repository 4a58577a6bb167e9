package io.factdesk.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.history.WordDiff.Kind;
import io.factdesk.history.WordDiff.Segment;
import java.util.List;
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
    void textsTooLongForTheTableAreShownAsReplacedBetweenTheirCommonEnds() {
        String before = "start " + "alpha ".repeat(2100) + "end";
        String after = "start " + "beta ".repeat(2100) + "end";
        List<Segment> diff = WordDiff.diff(before, after);
        assertThat(diff).hasSize(4);
        assertThat(diff.get(0)).isEqualTo(new Segment(Kind.SAME, "start "));
        assertThat(diff.get(3)).isEqualTo(new Segment(Kind.SAME, " end"));
    }

    /** The text that remains when the segments of one kind are left out. */
    private static String text(List<Segment> diff, Kind without) {
        return diff.stream().filter(s -> s.kind() != without).map(Segment::text).collect(Collectors.joining());
    }
}
