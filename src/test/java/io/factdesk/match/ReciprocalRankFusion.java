package io.factdesk.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): several rankings of the same items made into one.
 * An item's score is the sum, over the rankings that hold it, of {@code 1 / (k + rank)} with ranks from 1; an item
 * a ranking does not hold gets nothing from it. Only ranks count, never the rankings' own scores, so BM25 (no upper
 * bound) and cosine similarity (−1 to 1) can be fused without scaling. Used by the semantic matching experiment
 * (docs/matching.md, "Semantic matching (experiment)").
 */
final class ReciprocalRankFusion {

    /** The constant of the original paper: a large k flattens the difference between the first ranks. */
    static final int K = 60;

    private ReciprocalRankFusion() {}

    /** Each item's fused score, in order of first appearance (first ranking first). */
    static <T> Map<T, Double> scores(int k, List<? extends List<T>> rankings) {
        if (k < 0) {
            throw new IllegalArgumentException("k must not be negative: " + k);
        }
        Map<T, Double> scores = new LinkedHashMap<>();
        for (List<T> ranking : rankings) {
            for (int i = 0; i < ranking.size(); i++) {
                T item = ranking.get(i);
                if (ranking.indexOf(item) != i) {
                    continue; // an item twice in one ranking counts at its best rank only
                }
                scores.merge(item, 1.0 / (k + i + 1), Double::sum);
            }
        }
        return scores;
    }

    /**
     * The fused ranking, best first. Equal scores keep the order of first appearance, so the first ranking
     * (BM25 in the experiment) breaks ties.
     */
    static <T> List<T> fuse(int k, List<? extends List<T>> rankings) {
        List<Map.Entry<T, Double>> entries = new ArrayList<>(scores(k, rankings).entrySet());
        entries.sort(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder())); // stable: ties keep order
        List<T> out = new ArrayList<>(entries.size());
        for (Map.Entry<T, Double> e : entries) {
            out.add(e.getKey());
        }
        return out;
    }

    static <T> List<T> fuse(List<? extends List<T>> rankings) {
        return fuse(K, rankings);
    }
}
