package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fusion of the semantic matching experiment combines ranks as reciprocal rank fusion says. */
class ReciprocalRankFusionTest {

    @Test
    void scoreIsTheSumOfOneOverKPlusRankOverTheRankingsThatHoldTheItem() {
        Map<String, Double> scores = ReciprocalRankFusion.scores(60,
                List.of(List.of("a", "b", "c"), List.of("c", "a")));
        assertThat(scores.get("a")).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
        assertThat(scores.get("b")).isCloseTo(1.0 / 62, within(1e-12)); // absent from the second: nothing from it
        assertThat(scores.get("c")).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    }

    @Test
    void firstAndThirdBeatsSecondAndSecondAndBothBeatFirstInOneOnly() {
        // at k = 60: x 1/61 + 1/63 = 0.0322664, y 2/62 = 0.0322581, w 1/61 = 0.0163934, z 1/63 = 0.0158730
        List<List<String>> rankings = List.of(List.of("x", "y", "z"), List.of("w", "y", "x"));
        assertThat(ReciprocalRankFusion.fuse(60, rankings)).containsExactly("x", "y", "w", "z");
        // at k = 0 y and w tie (1/2 + 1/2 = 1/1): the first ranking's order decides
        assertThat(ReciprocalRankFusion.fuse(0, rankings)).containsExactly("x", "y", "w", "z");
        assertThat(ReciprocalRankFusion.fuse(0, List.of(rankings.get(1), rankings.get(0))))
                .containsExactly("x", "w", "y", "z");
    }

    @Test
    void anItemBothRankingsAgreeOnBeatsOneThatOnlyOneRankingPutsFirst() {
        // the paraphrase case: BM25 has the claim 4th, vectors 2nd; a distractor is 1st by BM25 and absent from
        // vectors' list
        List<String> bm25 = List.of("distractor", "d2", "d3", "claim");
        List<String> vectors = List.of("d4", "claim", "d5");
        assertThat(ReciprocalRankFusion.fuse(List.of(bm25, vectors)).get(0)).isEqualTo("claim");
    }

    @Test
    void equalScoresKeepTheFirstRankingsOrderAndRepeatsCountOnce() {
        assertThat(ReciprocalRankFusion.fuse(60, List.of(List.of("p", "q"), List.of("q", "p"))))
                .containsExactly("p", "q");
        assertThat(ReciprocalRankFusion.scores(60, List.of(List.of("r", "r", "s"))).get("r"))
                .isCloseTo(1.0 / 61, within(1e-12));
        assertThat(ReciprocalRankFusion.fuse(List.<List<String>>of())).isEmpty();
        assertThatThrownBy(() -> ReciprocalRankFusion.fuse(-1, List.of(List.of("a"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
