package io.factdesk.bench;

import io.factdesk.claim.Reanchoring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The re-anchoring target of issue 16, "1,000 claims in a 1 MiB article under 2 s" (docs/benchmarks.md,
 * "Re-anchoring"): the article, its claims and an edited text, made the same way on every run (the same
 * shape as the test-scope ReanchoringSpeedCheck), and the pure engine timed in the harness's own JVM. The
 * HTTP rows (import, marks, new versions) are {@link Bench}'s.
 */
final class BenchReanchor {

    /** The API's limit on an article body is 1 MiB of UTF-8 (factdesk.article.max-body-bytes); ASCII text. */
    static final int BODY_BYTES = (1 << 20) - 256;
    static final int CLAIMS = 1000;

    private static final String[] WORDS = ("government minister unemployment inflation budget hospital school "
            + "police crime migrants border tax health vaccine election votes turnout council housing rent water "
            + "energy prices wages pension army troops refugees deaths ceasefire talks rebels city region country")
            .split(" ");

    /**
     * @param body   version 1, just under 1 MiB
     * @param claims each claim's start and end (characters: the text is ASCII, so code points too)
     * @param edited the text after four edits: a sentence inserted near the start, a typo a third of the
     *               way in, a figure changed inside the 500th claim, a paragraph cut near the end
     */
    record Article(String body, List<int[]> claims, String edited) {
    }

    private BenchReanchor() {
    }

    static Article article() {
        Random r = new Random(7);
        StringBuilder body = new StringBuilder();
        List<int[]> sentences = new ArrayList<>();
        while (true) {
            String s = "The " + WORDS[r.nextInt(WORDS.length)] + " of " + WORDS[r.nextInt(WORDS.length)] + " in "
                    + WORDS[r.nextInt(WORDS.length)] + " rose to " + (1 + r.nextInt(999)) + "," + (100 + r.nextInt(900))
                    + " last year, " + WORDS[r.nextInt(WORDS.length)] + " officials said.";
            String gap = body.length() == 0 ? "" : r.nextInt(6) == 0 ? "\n\n" : " ";
            if (body.length() + gap.length() + s.length() > BODY_BYTES) {
                break;
            }
            body.append(gap);
            sentences.add(new int[] {body.length(), body.length() + s.length()});
            body.append(s);
        }
        String old = body.toString();
        List<int[]> claims = new ArrayList<>();
        int step = sentences.size() / CLAIMS;
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(sentences.get(i * step + 1));
        }
        StringBuilder edited = new StringBuilder(old);
        int cut = old.indexOf("\n\n", old.length() - 5000);
        edited.delete(cut, old.indexOf("\n\n", cut + 2));
        int typo = old.indexOf("government", old.length() / 3);
        edited.replace(typo, typo + 10, "govenrment");
        int[] changed = claims.get(499);
        int figure = changed[0] + old.substring(changed[0]).indexOf("rose to ") + 8;
        edited.replace(figure, figure + 1, String.valueOf((char) ('1' + (old.charAt(figure) - '0') % 9)));
        edited.insert(100, "An editor's note added to the article. ");
        return new Article(old, claims, edited.toString());
    }

    /** The engine alone, in this JVM, edited text after the original: milliseconds of each of {@code runs} runs. */
    static double[] engine(Article a, int warmups, int runs) {
        List<Reanchoring.Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < a.claims().size(); i++) {
            int[] c = a.claims().get(i);
            anchors.add(new Reanchoring.Anchor(i + 1, c[0], c[1], a.body().substring(c[0], c[1]),
                    a.body().substring(Math.max(0, c[0] - 32), c[0]),
                    a.body().substring(c[1], Math.min(a.body().length(), c[1] + 32))));
        }
        for (int i = 0; i < warmups; i++) {
            Reanchoring.place(a.body(), a.edited(), anchors);
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            List<Reanchoring.Placement> placed = Reanchoring.place(a.body(), a.edited(), anchors);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (placed.size() != anchors.size()) {
                throw new IllegalStateException("the engine placed " + placed.size() + " of " + anchors.size());
            }
        }
        return ms;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static double best(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }
}
