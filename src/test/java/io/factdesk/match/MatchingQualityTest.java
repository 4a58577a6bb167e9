package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.match.EvaluateMatching.Thresholds;
import io.factdesk.match.MatchingFixtures.Kind;
import io.factdesk.match.MatchingFixtures.Split;
import io.factdesk.match.MatchingQuality.Answer;
import io.factdesk.match.MatchingQuality.NegativeAnswer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The targets of docs/matching.md ("Quality") on the held-out part of the fixture set, with the thresholds chosen
 * on the training part, in an in-memory index without a server: paraphrases find their claim in the first five,
 * and no hard negative brings its claim back marked same.
 */
class MatchingQualityTest {

    private static MatchingQuality quality;
    private static Thresholds chosen;
    private static List<Answer> paraphrases;
    private static List<NegativeAnswer> negatives;

    @BeforeAll
    static void measure() {
        quality = new MatchingQuality();
        chosen = EvaluateMatching.choose(quality.paraphrases(Split.TRAIN), quality.negatives(Split.TRAIN));
        paraphrases = quality.paraphrases(Split.HELDOUT);
        negatives = quality.negatives(Split.HELDOUT);
    }

    @AfterAll
    static void close() {
        quality.close();
    }

    @Test
    void heldOutParaphrasesFindTheirClaimInTheFirstFive() {
        assertThat(paraphrases).hasSize(106);
        assertThat(MatchingQuality.recall(paraphrases, 5, chosen.related())).isGreaterThanOrEqualTo(0.95);
        assertThat(MatchingQuality.recall(paraphrases, 1, chosen.related())).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void noHeldOutHardNegativeIsMarkedSameWithTheThresholdsChosenOnTrain() {
        assertThat(negatives).hasSize(136);
        assertThat(MatchingQuality.markedSame(negatives, chosen.same(), chosen.related()))
                .extracting(n -> n.claim().id() + " " + n.negative().kind() + ": " + n.negative().text())
                .isEmpty();
    }

    /**
     * With the configured defaults (same 0.6) the figure and date guards keep every figure and date negative from
     * being same, but 13 of 136 held-out negatives (7 actor, 3 place, 2 direction, 1 polarity) are marked same:
     * the target is not met there (docs/matching.md, "Quality", shortfalls). These are floors at what is
     * measured, so that the shortfall cannot grow unnoticed; they are not the target.
     */
    @Test
    void atTheDefaultsFiguresAndDatesAreNeverSameAndTheShortfallDoesNotGrow() {
        Map<Kind, int[]> counts = MatchingQuality.negativeCounts(negatives, 0.6, 0.3);
        assertThat(counts.get(Kind.DATE)[0]).isZero();
        assertThat(counts.get(Kind.FIGURE)[0]).isZero();
        int same = counts.values().stream().mapToInt(c -> c[0]).sum();
        assertThat(same).as("held-out hard negatives marked same at the defaults").isLessThanOrEqualTo(MAX_SAME_AT_DEFAULTS);
        assertThat(MatchingQuality.sameShare(paraphrases, 0.6, 0.3)).isGreaterThanOrEqualTo(MIN_PARAPHRASES_SAME_AT_DEFAULTS);
    }

    static final int MAX_SAME_AT_DEFAULTS = 13;
    static final double MIN_PARAPHRASES_SAME_AT_DEFAULTS = 0.63;
}
