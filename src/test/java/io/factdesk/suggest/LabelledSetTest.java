package io.factdesk.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import io.factdesk.suggest.CheckWorthiness.Weights;
import io.factdesk.suggest.LabelledSet.Article;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labelled set keeps its promises (docs/suggestions.md), and the shipped weights are the learned ones. */
class LabelledSetTest {

    @Test
    void enoughArticlesSentencesAndAFixedSplitByArticle() {
        LabelledSet set = LabelledSet.load();
        assertThat(set.articles()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(Evaluate.count(set.articles())).isGreaterThanOrEqualTo(500);
        List<Article> heldOut = set.articles().stream().filter(Article::heldOut).toList();
        double share = (double) Evaluate.count(heldOut) / Evaluate.count(set.articles());
        assertThat(share).isBetween(0.25, 0.35);
        assertThat(set.articles()).extracting(a -> a.name().split("-")[0]).doesNotHaveDuplicates();
        assertThat(set.articles()).allSatisfy(a -> assertThat(a.published()).isNotNull());
    }

    @Test
    void theShippedWeightsAreThoseLearnedFromTheTrainingPart() {
        List<Article> train = LabelledSet.load().articles().stream().filter(a -> !a.heldOut()).toList();
        List<Evaluate.Example> examples = Evaluate.examples(
                new Suggester(new Weights(0, new EnumMap<>(Feature.class), 0.5)), train);
        Weights learned = Evaluate.learn(examples).withThreshold(Evaluate.chooseThreshold(examples));
        assertThat(Weights.shipped()).isEqualTo(learned);
    }
}
