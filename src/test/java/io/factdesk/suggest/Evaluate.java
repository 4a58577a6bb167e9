package io.factdesk.suggest;

import io.factdesk.suggest.CheckWorthiness.Weights;
import io.factdesk.suggest.LabelledSet.Article;
import io.factdesk.suggest.LabelledSet.Line;
import io.factdesk.suggest.Suggester.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one command of docs/suggestions.md: learns the check-worthiness weights from the training part
 * of the labelled set, chooses the threshold on the training part (leave one article out), writes
 * src/main/resources/suggest/weights.properties, then prints precision, recall and F1 on the held-out
 * part beside the baseline "every sentence with a number", and the share of figures and dates read
 * exactly. The held-out part is read only here, at the end, and never to learn or choose anything.
 *
 * <pre>./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
 *     -Dexec.mainClass=io.factdesk.suggest.Evaluate -Dexec.classpathScope=test</pre>
 *
 * With the argument {@code --misses}, it also lists the training part's misses (to improve the
 * readers and the rules on the training part only).
 */
public final class Evaluate {

    static final Path WEIGHTS = Path.of("src/main/resources/suggest/weights.properties");
    static final double TARGET_RECALL = 0.92;

    /** A labelled line with its features as the pipeline read them. */
    record Example(Article article, Line line, Map<Feature, String> features, boolean candidate) {}

    public static void main(String[] args) throws IOException {
        boolean misses = List.of(args).contains("--misses");
        LabelledSet set = LabelledSet.load();
        List<Article> train = set.articles().stream().filter(a -> !a.heldOut()).toList();
        List<Article> heldOut = set.articles().stream().filter(Article::heldOut).toList();
        Suggester reader = new Suggester(new Weights(0, new EnumMap<>(Feature.class), 0.5));

        List<Example> trainExamples = examples(reader, train);
        Weights learned = learn(trainExamples);
        double threshold = chooseThreshold(trainExamples);
        Weights weights = learned.withThreshold(threshold);
        write(weights, trainExamples.size());

        Suggester suggester = new Suggester(weights);
        System.out.printf(Locale.ROOT, "Labelled set: %d articles, %d sentences (%d Y); training %d articles, %d"
                + " sentences; held out %d articles, %d sentences%n", set.articles().size(),
                count(set.articles()), worthy(set.articles()), train.size(), count(train), heldOut.size(),
                count(heldOut));
        System.out.printf(Locale.ROOT, "Weights learned from the training part (threshold %.2f): %s%n%n",
                threshold, describe(weights));
        System.out.println("| part | method | precision | recall | F1 | suggested | check-worthy |");
        System.out.println("|---|---|---|---|---|---|---|");
        report("training", train, suggester, misses);
        report("held out", heldOut, suggester, false);
        System.out.println();
        System.out.println("| part | figures read exactly | dates read exactly | figures read but not labelled"
                + " | dates read but not labelled |");
        System.out.println("|---|---|---|---|---|");
        values("training", train, suggester, misses);
        values("held out", heldOut, suggester, false);
    }

    static int count(List<Article> articles) {
        return articles.stream().mapToInt(a -> a.lines().size()).sum();
    }

    static long worthy(List<Article> articles) {
        return articles.stream().flatMap(a -> a.lines().stream()).filter(Line::worthy).count();
    }

    /** Every labelled line with the features of the sentences the pipeline cut over it. */
    static List<Example> examples(Suggester reader, List<Article> articles) {
        List<Example> out = new ArrayList<>();
        for (Article a : articles) {
            List<Reading> readings = reader.read(a.body(), a.language(), a.published(), true);
            for (Line line : a.lines()) {
                Map<Feature, String> features = new EnumMap<>(Feature.class);
                boolean candidate = false;
                for (Reading r : overlapping(readings, line)) {
                    features.putAll(r.features());
                    candidate |= r.sentence().candidate();
                }
                out.add(new Example(a, line, features, candidate));
            }
        }
        return out;
    }

    static List<Reading> overlapping(List<Reading> readings, Line line) {
        List<Reading> out = new ArrayList<>();
        for (Reading r : readings) {
            if (r.sentence().start() < line.end() && r.sentence().end() > line.start()) {
                out.add(r);
            }
        }
        return out;
    }

    /** Logistic regression by batch gradient descent with a small L2 penalty; deterministic. */
    static Weights learn(List<Example> examples) {
        Feature[] fs = Feature.values();
        double[] w = new double[fs.length + 1];
        List<Example> used = examples.stream().filter(Example::candidate).toList();
        double rate = 0.5;
        double l2 = 0.001;
        for (int iteration = 0; iteration < 4000; iteration++) {
            double[] grad = new double[w.length];
            for (Example e : used) {
                double z = w[fs.length];
                for (int k = 0; k < fs.length; k++) {
                    if (e.features().containsKey(fs[k])) {
                        z += w[k];
                    }
                }
                double err = 1 / (1 + Math.exp(-z)) - (e.line().worthy() ? 1 : 0);
                for (int k = 0; k < fs.length; k++) {
                    if (e.features().containsKey(fs[k])) {
                        grad[k] += err;
                    }
                }
                grad[fs.length] += err;
            }
            for (int k = 0; k < w.length; k++) {
                double penalty = k < fs.length ? l2 * w[k] : 0;
                w[k] -= rate * (grad[k] / used.size() + penalty);
            }
        }
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (int k = 0; k < fs.length; k++) {
            weights.put(fs[k], Math.round(w[k] * 1000) / 1000.0);
        }
        return new Weights(Math.round(w[fs.length] * 1000) / 1000.0, weights, 0.5);
    }

    /**
     * The highest threshold whose leave-one-article-out recall on the training part reaches
     * {@link #TARGET_RECALL}: recall matters more, since a reviewer dismisses a wrong suggestion in
     * one click but never sees a missed one.
     */
    static double chooseThreshold(List<Example> examples) {
        Map<String, List<Example>> byArticle = new HashMap<>();
        examples.forEach(e -> byArticle.computeIfAbsent(e.article().name(), k -> new ArrayList<>()).add(e));
        List<double[]> scored = new ArrayList<>(); // {score, worthy}
        for (String name : byArticle.keySet()) {
            List<Example> rest = examples.stream().filter(e -> !e.article().name().equals(name)).toList();
            CheckWorthiness model = new CheckWorthiness(learn(rest));
            for (Example e : byArticle.get(name)) {
                scored.add(new double[] { e.candidate() ? model.score(e.features()) : -1, e.line().worthy() ? 1 : 0 });
            }
        }
        long positives = scored.stream().filter(s -> s[1] == 1).count();
        double best = 0.05;
        for (double t = 0.05; t < 0.951; t += 0.01) {
            final double th = t;
            long hits = scored.stream().filter(s -> s[1] == 1 && s[0] >= th).count();
            if ((double) hits / positives >= TARGET_RECALL) {
                best = t;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    static void write(Weights w, int examples) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# Check-worthiness weights (docs/suggestions.md), learned by io.factdesk.suggest.Evaluate\n");
        out.append("# from the training part of src/test/resources/suggest/labelled (").append(examples)
                .append(" sentences). Do not edit by hand: run the command again.\n");
        out.append("bias=").append(w.bias()).append('\n');
        for (Feature f : Feature.values()) {
            out.append(f.name()).append('=').append(w.weight(f)).append('\n');
        }
        out.append("threshold=").append(w.threshold()).append('\n');
        Files.writeString(WEIGHTS, out.toString(), StandardCharsets.UTF_8);
    }

    static String describe(Weights w) {
        StringBuilder b = new StringBuilder("bias ").append(w.bias());
        for (Feature f : Feature.values()) {
            b.append(", ").append(f.name().toLowerCase(Locale.ROOT)).append(' ').append(w.weight(f));
        }
        return b.toString();
    }

    static void report(String part, List<Article> articles, Suggester suggester, boolean misses) {
        int[] model = new int[3]; // tp, fp, fn
        int[] baseline = new int[3];
        for (Article a : articles) {
            List<Reading> readings = suggester.read(a.body(), a.language(), a.published(), false);
            for (Line line : a.lines()) {
                boolean predicted = overlapping(readings, line).stream().anyMatch(Reading::suggested);
                tally(model, predicted, line.worthy());
                tally(baseline, line.text().chars().anyMatch(Character::isDigit), line.worthy());
                if (misses && predicted != line.worthy()) {
                    System.out.println("  " + (line.worthy() ? "missed " : "extra  ") + a.name() + ": " + line.text()
                            + "  " + overlapping(readings, line).stream().map(r -> String.format(Locale.ROOT,
                                    "%.2f %s", r.score(), r.features().keySet())).toList());
                }
            }
        }
        row(part, "suggester", model);
        row(part, "baseline: every sentence with a number", baseline);
    }

    private static void tally(int[] t, boolean predicted, boolean actual) {
        if (predicted && actual) {
            t[0]++;
        } else if (predicted) {
            t[1]++;
        } else if (actual) {
            t[2]++;
        }
    }

    private static void row(String part, String method, int[] t) {
        double p = t[0] + t[1] == 0 ? 0 : (double) t[0] / (t[0] + t[1]);
        double r = t[0] + t[2] == 0 ? 0 : (double) t[0] / (t[0] + t[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %d | %d |%n", part, method, p, r, f,
                t[0] + t[1], t[0] + t[2]);
    }

    static void values(String part, List<Article> articles, Suggester suggester, boolean misses) {
        int figures = 0;
        int figuresRight = 0;
        int figuresExtra = 0;
        int dates = 0;
        int datesRight = 0;
        int datesExtra = 0;
        for (Article a : articles) {
            List<Reading> readings = suggester.read(a.body(), a.language(), a.published(), false);
            for (Line line : a.lines()) {
                List<String> readFigures = new ArrayList<>();
                List<String> readDates = new ArrayList<>();
                for (Reading r : overlapping(readings, line)) {
                    r.figures().stream().filter(f -> f.start() >= line.start() && f.end() <= line.end())
                            .forEach(f -> readFigures.add(f.key()));
                    r.dates().stream().filter(d -> d.start() >= line.start() && d.end() <= line.end())
                            .forEach(d -> readDates.add(d.key()));
                }
                int[] fig = compare(line.figures(), readFigures);
                int[] dat = compare(line.dates(), readDates);
                figures += line.figures().size();
                figuresRight += fig[0];
                figuresExtra += fig[1];
                dates += line.dates().size();
                datesRight += dat[0];
                datesExtra += dat[1];
                if (misses && (fig[0] < line.figures().size() || fig[1] > 0 || dat[0] < line.dates().size()
                        || dat[1] > 0)) {
                    System.out.println("  values " + a.name() + ": " + line.text() + "\n      labelled "
                            + line.figures() + " " + line.dates() + "\n      read     " + readFigures + " "
                            + readDates);
                }
            }
        }
        System.out.printf(Locale.ROOT, "| %s | %d of %d (%.1f %%) | %d of %d (%.1f %%) | %d | %d |%n", part,
                figuresRight, figures, 100.0 * figuresRight / Math.max(1, figures), datesRight, dates,
                100.0 * datesRight / Math.max(1, dates), figuresExtra, datesExtra);
    }

    /** {matched, extra}: labelled keys found among those read (each read key used once), and the rest read. */
    static int[] compare(List<String> labelled, List<String> read) {
        List<String> left = new ArrayList<>(read);
        int matched = 0;
        for (String k : labelled) {
            if (left.remove(k)) {
                matched++;
            }
        }
        return new int[] { matched, left.size() };
    }

    static final Set<String> PARTS = Set.of("train", "heldout");
}
