package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.match.EvaluateMatching.Thresholds;
import io.factdesk.match.MatchingFixtures.Kind;
import io.factdesk.match.MatchingFixtures.Split;
import io.factdesk.match.MatchingQuality.Answer;
import io.factdesk.match.MatchingQuality.NegativeAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The targets of docs/matching.md ("Quality") on the held-out part of the fixture set, with the thresholds chosen
 * on the training part, in an in-memory index without a server: paraphrases find their claim in the first five,
 * and no hard negative brings its claim back marked same (met but for one place negative); the thresholds chosen
 * are the configured defaults.
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

    /**
     * With the thresholds chosen on train (same 0.40, related 0.30), one held-out hard negative still brings its claim
     * back marked same: a place written in lower case ("in rural areas" → "in cities"), which no guard reads
     * (docs/matching.md, "Quality", shortfalls). Every other kind is never same; the place count is a ceiling at what
     * is measured, not the target.
     */
    @Test
    void heldOutHardNegativesAreNotMarkedSameWithTheThresholdsChosenOnTrainButOnePlace() {
        assertThat(negatives).hasSize(136);
        List<NegativeAnswer> same = MatchingQuality.markedSame(negatives, chosen.same(), chosen.related());
        assertThat(same).extracting(n -> n.negative().kind()).allMatch(k -> k == Kind.PLACE);
        assertThat(same).as("held-out hard negatives marked same").hasSizeLessThanOrEqualTo(MAX_SAME_HELD_OUT);
        // nor does any question bring back another claim marked same
        assertThat(MatchingQuality.othersMarkedSame(paraphrases, chosen.same(), chosen.related())).isEmpty();
        assertThat(MatchingQuality.othersMarkedSame(negatives.stream().map(NegativeAnswer::answer).toList(),
                chosen.same(), chosen.related())).isEmpty();
        assertThat(MatchingQuality.sameShare(paraphrases, chosen.same(), chosen.related()))
                .as("held-out paraphrases marked same").isGreaterThanOrEqualTo(MIN_PARAPHRASES_SAME);
    }

    /** The configured defaults are the thresholds chosen on train: what a desk runs with is what was measured. */
    @Test
    void theConfiguredDefaultsAreTheThresholdsChosenOnTrain() throws IOException {
        assertThat(chosen).isEqualTo(EvaluateMatching.DEFAULTS);
        Properties properties = new Properties();
        try (InputStream in = MatchingQualityTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertThat(Double.parseDouble(properties.getProperty("factdesk.matching.same-threshold"))).isEqualTo(chosen.same());
        assertThat(Double.parseDouble(properties.getProperty("factdesk.matching.related-threshold")))
                .isEqualTo(chosen.related());
    }

    /**
     * With the former default same threshold (0.6) the guards keep every held-out negative but the same place from
     * being same; fewer paraphrases are same than at 0.40. Floors at what is measured.
     */
    @Test
    void atTheFormerDefaultsOnlyThePlaceNegativeIsSame() {
        Map<Kind, int[]> counts = MatchingQuality.negativeCounts(negatives, 0.6, 0.3);
        for (Kind k : Kind.values()) {
            assertThat(counts.get(k)[0]).as(k.name()).isLessThanOrEqualTo(k == Kind.PLACE ? MAX_SAME_HELD_OUT : 0);
        }
        assertThat(MatchingQuality.sameShare(paraphrases, 0.6, 0.3)).isGreaterThanOrEqualTo(MIN_PARAPHRASES_SAME_AT_0_6);
    }

    static final int MAX_SAME_HELD_OUT = 1;
    static final double MIN_PARAPHRASES_SAME = 0.72;
    static final double MIN_PARAPHRASES_SAME_AT_0_6 = 0.59;
}
