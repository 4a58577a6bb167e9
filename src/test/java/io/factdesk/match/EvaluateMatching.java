package io.factdesk.match;

import io.factdesk.match.MatchingFixtures.Kind;
import io.factdesk.match.MatchingFixtures.Split;
import io.factdesk.match.MatchingQuality.Answer;
import io.factdesk.match.MatchingQuality.NegativeAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The command of docs/matching.md ("Quality"): chooses the thresholds on the training part of the fixture set,
 * then prints recall@1 and recall@5 for paraphrases (beside BM25 alone), the share of paraphrases marked same,
 * and for each kind of hard negative how often its claim comes back marked same, related or not listed, for the
 * training and held-out parts. The held-out part is read only to report, never to choose.
 *
 * <pre>./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *     -Dexec.mainClass=io.factdesk.match.EvaluateMatching -Dexec.classpathScope=test</pre>
 *
 * With {@code --misses}, it also lists the training part's paraphrases missed at 5 and negatives marked same.
 */
public final class EvaluateMatching {

    private EvaluateMatching() {}

    /** Thresholds chosen on a part (docs/matching.md, "Quality", says how). */
    record Thresholds(double same, double related) {}

    /** The configured defaults (application.properties, MatchingConfig): the thresholds {@link #choose} gives on train. */
    static final Thresholds DEFAULTS = new Thresholds(0.40, 0.30);

    /**
     * The related threshold: the highest (in steps of 0.05) that keeps the part's recall@5 at its best; the same
     * threshold: the lowest (in steps of 0.05, not below related) at which no hard negative brings its claim back
     * marked same and no question (paraphrase or negative) brings back another claim marked same.
     */
    static Thresholds choose(List<Answer> paraphrases, List<NegativeAnswer> negatives) {
        double best = MatchingQuality.recall(paraphrases, 5, 0);
        double related = 0;
        for (int i = 1; i <= 20; i++) {
            double t = i * 0.05;
            if (MatchingQuality.recall(paraphrases, 5, t) < best) {
                break;
            }
            related = t;
        }
        double same = 1;
        for (int i = 20; i >= 0; i--) {
            double t = Math.max(related, i * 0.05);
            if (!MatchingQuality.markedSame(negatives, t, related).isEmpty()
                    || !MatchingQuality.othersMarkedSame(paraphrases, t, related).isEmpty()
                    || !MatchingQuality.othersMarkedSame(negatives.stream().map(NegativeAnswer::answer).toList(), t,
                            related).isEmpty()) {
                break;
            }
            same = t;
        }
        return new Thresholds(round(same), round(related));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    public static void main(String[] args) {
        boolean misses = List.of(args).contains("--misses");
        try (MatchingQuality q = new MatchingQuality()) {
            List<Answer> trainP = q.paraphrases(Split.TRAIN);
            List<NegativeAnswer> trainN = q.negatives(Split.TRAIN);
            Thresholds t = choose(trainP, trainN);
            System.out.printf(Locale.ROOT, "Thresholds chosen on train: same %.2f, related %.2f%n", t.same(), t.related());
            report("train", trainP, trainN, t);
            if (misses) {
                misses(q, trainP, trainN, t);
            }
            report("heldout", q.paraphrases(Split.HELDOUT), q.negatives(Split.HELDOUT), t);
            Thresholds defaults = new Thresholds(0.6, 0.3);
            System.out.printf(Locale.ROOT, "%nWith the former defaults (same 0.60, related 0.30):%n");
            report("train", trainP, trainN, defaults);
            report("heldout", q.paraphrases(Split.HELDOUT), q.negatives(Split.HELDOUT), defaults);
        }
    }

    private static void report(String part, List<Answer> p, List<NegativeAnswer> n, Thresholds t) {
        System.out.printf(Locale.ROOT, "%n%s: %d paraphrases, %d hard negatives%n", part, p.size(), n.size());
        System.out.printf(Locale.ROOT, "  paraphrases recall@1 %.3f (BM25 alone %.3f), recall@5 %.3f (BM25 alone %.3f),"
                + " marked same %.3f%n", MatchingQuality.recall(p, 1, t.related()), MatchingQuality.bm25Recall(p, 1),
                MatchingQuality.recall(p, 5, t.related()), MatchingQuality.bm25Recall(p, 5),
                MatchingQuality.sameShare(p, t.same(), t.related()));
        System.out.printf(Locale.ROOT, "  questions bringing back another claim marked same: %d of %d paraphrases, %d of %d"
                + " negatives%n", MatchingQuality.othersMarkedSame(p, t.same(), t.related()).size(), p.size(),
                MatchingQuality.othersMarkedSame(n.stream().map(NegativeAnswer::answer).toList(), t.same(),
                        t.related()).size(), n.size());
        System.out.printf("  %-10s %5s %5s %8s %11s%n", "negative", "all", "same", "related", "not listed");
        int[] total = new int[3];
        for (Map.Entry<Kind, int[]> e : MatchingQuality.negativeCounts(n, t.same(), t.related()).entrySet()) {
            int[] c = e.getValue();
            System.out.printf("  %-10s %5d %5d %8d %11d%n", e.getKey().name().toLowerCase(Locale.ROOT),
                    c[0] + c[1] + c[2], c[0], c[1], c[2]);
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        }
        System.out.printf("  %-10s %5d %5d %8d %11d%n", "all", total[0] + total[1] + total[2], total[0], total[1],
                total[2]);
    }

    private static void misses(MatchingQuality q, List<Answer> p, List<NegativeAnswer> n, Thresholds t) {
        System.out.println("\n  train paraphrases not in the first 5 / not marked same:");
        for (Answer a : p) {
            int rank = a.rank(t.related());
            MatchView hit = a.hit();
            if (rank == 0 || rank > 5 || !a.same(t.same(), t.related())) {
                System.out.printf(Locale.ROOT, "    %s rank %d score %s %s%n", a.expected(), rank,
                        hit == null ? "-" : hit.score(), hit == null ? "" : hit.differences());
            }
        }
        System.out.println("  train, by same threshold: negatives marked same, questions bringing back another claim"
                + " marked same, paraphrases marked same");
        List<Answer> negativeAnswers = n.stream().map(NegativeAnswer::answer).toList();
        for (int i = 6; i <= 20; i++) {
            double s = i * 0.05;
            System.out.printf(Locale.ROOT, "    %.2f %3d %3d %.3f%n", s, MatchingQuality.markedSame(n, s, t.related()).size(),
                    MatchingQuality.othersMarkedSame(p, s, t.related()).size()
                            + MatchingQuality.othersMarkedSame(negativeAnswers, s, t.related()).size(),
                    MatchingQuality.sameShare(p, s, t.related()));
        }
        System.out.println("  train questions bringing back another claim marked same with the same threshold at the related one:");
        for (Answer a : MatchingQuality.othersMarkedSame(p, t.related(), t.related())) {
            System.out.printf(Locale.ROOT, "    paraphrase of %s%n", a.expected());
        }
        for (Answer a : MatchingQuality.othersMarkedSame(negativeAnswers, t.related(), t.related())) {
            System.out.printf(Locale.ROOT, "    negative of %s%n", a.expected());
        }
        System.out.println("  train negatives marked same with the same threshold at the related one:");
        for (NegativeAnswer x : MatchingQuality.markedSame(n, t.related(), t.related())) {
            System.out.printf(Locale.ROOT, "    %s %s score %s: %s%n", x.claim().id(), x.negative().kind(),
                    x.answer().hit().score(), x.negative().text());
        }
    }
}
