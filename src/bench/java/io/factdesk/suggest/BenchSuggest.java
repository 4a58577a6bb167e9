package io.factdesk.suggest;

import io.factdesk.article.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The suggestion engine in process (docs/benchmarks.md, "Suggestion engine"), against the issue's
 * targets: suggestions for the demo article in under 50 ms once warm, a 1 MiB article in under 2 s,
 * and models loaded lazily or adding under 0.5 s to start-up.
 *
 * <p>It calls the engine ({@link Suggester#suggest}) directly, as {@link SuggestionService} does on a
 * cache miss, so no run is answered from the service's per-body cache. The baseline, measured in the
 * same run and on the same text, is the sentence splitter alone ({@link Sentences#split}: the OpenNLP
 * sentence detector the engine starts with); normalising the text ({@link TextNormalizer#normalize})
 * is given too. Engine and baseline runs alternate, so both see the same load of a shared machine.
 *
 * <p>The cold figures come from fresh JVMs ({@code --cold}, started by this class with its own class
 * path): the first use of {@link NlpModels} reads both models (the holder idiom); nothing uses them
 * at start-up, so the server's start pays nothing and the first suggestions request pays this.
 *
 * <p>Texts: the demo article as {@code desk/Bootstrap} loads it ({@code /demo/syria-2016-07-14.txt}
 * from the application's jar, normalised), and a 1 MiB article made of the labelled articles of
 * {@code src/test/resources/suggest/labelled} (their sentences, paragraphs kept), repeated. Settings:
 * {@code bench.suggest.warmup} and {@code bench.suggest.seconds} (demo: warm-up and measured seconds),
 * {@code bench.suggest.big-runs} (warm runs on 1 MiB), {@code bench.suggest.cold-jvms},
 * {@code bench.dir} (writes {@code suggest.md}), {@code bench.doc} (the file whose
 * {@code bench:suggest} markers receive the table; unset: none). Compiled with the harness only
 * (src/bench), never part of the application; it sits in the engine's package to reach {@link NlpModels}.
 */
public final class BenchSuggest {

    static final double DEMO_TARGET_MS = 50;
    static final double BIG_TARGET_MS = 2_000;
    static final double LOAD_TARGET_MS = 500;
    static final int MIB = 1 << 20;

    private final double warmup = Double.parseDouble(System.getProperty("bench.suggest.warmup", "3"));
    private final double seconds = Double.parseDouble(System.getProperty("bench.suggest.seconds", "10"));
    private final int bigRuns = Integer.getInteger("bench.suggest.big-runs", 5);
    private final int coldJvms = Integer.getInteger("bench.suggest.cold-jvms", 3);
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
    private final Path labelled = Path.of(System.getProperty("bench.suggest.labelled",
            "src/test/resources/suggest/labelled"));
    private final StringBuilder rows = new StringBuilder();

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--cold")) {
            cold();
            return;
        }
        new BenchSuggest().run();
    }

    // ------------------------------------------------------------------------------------------
    // A fresh JVM: the first use of the models, then the first suggestions

    /** Prints "cold MODELS TAGGER FIRST" in ms: models read, tagger made, first demo suggestions. */
    private static void cold() throws IOException {
        Demo demo = Demo.load();
        long t0 = System.nanoTime();
        NlpModels.sentenceDetector();
        long t1 = System.nanoTime();
        NlpModels.tagger();
        long t2 = System.nanoTime();
        int n = new Suggester().suggest(demo.body, demo.language, demo.published, List.of()).size();
        long t3 = System.nanoTime();
        if (n == 0) {
            throw new IllegalStateException("no suggestion for the demo article");
        }
        System.out.printf(Locale.ROOT, "cold %.3f %.3f %.3f%n", (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
    }

    private double[][] coldRuns() throws Exception {
        double[][] out = new double[3][coldJvms];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < coldJvms; i++) {
            List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
            if (System.getProperty("slf4j.provider") != null) {
                command.add("-Dslf4j.provider=" + System.getProperty("slf4j.provider"));
            }
            command.addAll(List.of(BenchSuggest.class.getName(), "--cold"));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String line = null;
            StringBuilder all = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null;) {
                    all.append(l).append('\n');
                    if (l.startsWith("cold ")) {
                        line = l;
                    }
                }
            }
            if (p.waitFor() != 0 || line == null) {
                throw new IllegalStateException("the cold JVM failed:\n" + all);
            }
            String[] f = line.split(" ");
            for (int k = 0; k < 3; k++) {
                out[k][i] = Double.parseDouble(f[k + 1]);
            }
            log(String.format(Locale.ROOT, "cold JVM %d: models %.0f ms, tagger %.0f ms, first demo suggestions %.0f ms",
                    i + 1, out[0][i], out[1][i], out[2][i]));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------
    // The run

    private void run() throws Exception {
        long started = System.nanoTime();
        String loadAtStart = loadAverage();
        Files.createDirectories(dir);

        // 1. Cold: fresh JVMs, one after the other (this JVM has not touched the models yet either).
        log("== suggestion engine: models loaded cold, " + coldJvms + " fresh JVMs");
        double[][] cold = coldRuns();

        Demo demo = Demo.load();
        Suggester engine = new Suggester();
        String big = bigArticle();
        String bigBody = TextNormalizer.normalize(big);
        if (!bigBody.equals(big)) {
            throw new IllegalStateException("the 1 MiB article is not in normalised form");
        }

        // 2. The demo article, warm: engine and splitter alternate.
        log(String.format(Locale.ROOT, "== demo article (%d characters): %.0f s warm-up, %.0f s measured", demo.body.length(),
                warmup, seconds));
        List<Double> demoEngine = new ArrayList<>();
        List<Double> demoSplit = new ArrayList<>();
        List<Double> demoNormalize = new ArrayList<>();
        int suggestions = 0;
        int sentences = 0;
        for (int phase = 0; phase < 2; phase++) {
            double span = phase == 0 ? warmup : seconds;
            long until = System.nanoTime() + (long) (span * 1e9);
            boolean measured = phase == 1;
            int runs = 0;
            while (System.nanoTime() < until || (measured && runs < 20)) {
                double n = time(() -> TextNormalizer.normalize(demo.raw));
                double s = time(() -> Sentences.split(demo.body));
                long t0 = System.nanoTime();
                List<Suggestion> out = engine.suggest(demo.body, demo.language, demo.published, List.of());
                double e = (System.nanoTime() - t0) / 1e6;
                if (measured) {
                    demoNormalize.add(n);
                    demoSplit.add(s);
                    demoEngine.add(e);
                    suggestions = out.size();
                }
                runs++;
            }
        }
        sentences = Sentences.split(demo.body).size();
        log(String.format(Locale.ROOT, "demo: %d runs, engine median %.2f ms p95 %.2f ms; split median %.2f ms;"
                + " normalise median %.3f ms; %d sentences, %d suggestions", demoEngine.size(), median(demoEngine),
                p95(demoEngine), median(demoSplit), median(demoNormalize), sentences, suggestions));

        // 3. The 1 MiB article: the first run of each on this text (the JIT warm from the demo), then warm runs.
        int bigBytes = bigBody.getBytes(StandardCharsets.UTF_8).length;
        log(String.format(Locale.ROOT, "== 1 MiB article (%d bytes, %d characters): first run, then %d warm runs",
                bigBytes, bigBody.length(), bigRuns));
        long b0 = System.nanoTime();
        List<Suggestion> bigOut = engine.suggest(bigBody, "en", LocalDate.of(2025, 2, 20), List.of());
        double bigFirst = (System.nanoTime() - b0) / 1e6;
        long b1 = System.nanoTime();
        int bigSentences = Sentences.split(bigBody).size();
        double bigSplitFirst = (System.nanoTime() - b1) / 1e6;
        log(String.format(Locale.ROOT, "1 MiB first run: engine %.0f ms, split %.0f ms; %d sentences, %d suggestions",
                bigFirst, bigSplitFirst, bigSentences, bigOut.size()));
        List<Double> bigEngine = new ArrayList<>();
        List<Double> bigSplit = new ArrayList<>();
        List<Double> bigNormalize = new ArrayList<>();
        for (int i = 0; i < bigRuns; i++) {
            bigNormalize.add(time(() -> TextNormalizer.normalize(big)));
            bigSplit.add(time(() -> Sentences.split(bigBody)));
            bigEngine.add(time(() -> engine.suggest(bigBody, "en", LocalDate.of(2025, 2, 20), List.of())));
            log(String.format(Locale.ROOT, "1 MiB warm run %d: engine %.0f ms, split %.0f ms, normalise %.0f ms", i + 1,
                    bigEngine.get(i), bigSplit.get(i), bigNormalize.get(i)));
        }

        // 4. The table.
        double models = median(cold[0]);
        double firstUse = median(sum(cold));
        double demoSplitMedian = median(demoSplit);
        double bigSplitMedian = median(bigSplit);
        row("models read cold: first use of `NlpModels` in a fresh JVM (sentence and POS models, sentence detector made)",
                "—", coldJvms + " JVMs", models, max(cold[0]), Double.NaN, "lazy, or < 500 ms at start-up",
                "PASS: lazy (first suggestions request; start-up adds 0)" + (models < LOAD_TARGET_MS
                        ? "; also < 500 ms" : "; the load itself is over 500 ms"));
        row("POS tagger made (first `NlpModels.tagger()`, models already read)", "—", coldJvms + " JVMs",
                median(cold[1]), max(cold[1]), Double.NaN, "", "");
        row("first suggestions in a fresh JVM: models, tagger, then the demo article with a cold JIT", "demo",
                coldJvms + " JVMs", firstUse, max(sum(cold)), Double.NaN, "", "what the first request after a start waits for, besides the database");
        row("baseline: normalise the text (`TextNormalizer.normalize`)", "demo", demoNormalize.size() + "",
                median(demoNormalize), p95(demoNormalize), median(demoNormalize) / demoSplitMedian, "", "");
        row("**baseline**: split into sentences (`Sentences.split`, OpenNLP sentence detector)", "demo",
                demoSplit.size() + "", demoSplitMedian, p95(demoSplit), 1, "", "");
        row("engine, warm (`Suggester.suggest`, no cache)", "demo", demoEngine.size() + "", median(demoEngine),
                p95(demoEngine), median(demoEngine) / demoSplitMedian, "< 50 ms", verdict(median(demoEngine),
                        p95(demoEngine), DEMO_TARGET_MS));
        row("baseline: normalise the text", "1 MiB", bigNormalize.size() + "", median(bigNormalize), max(bigNormalize),
                median(bigNormalize) / bigSplitMedian, "", "");
        row("**baseline**: split into sentences, first run on this text", "1 MiB", "1", bigSplitFirst, Double.NaN,
                bigSplitFirst / bigSplitMedian, "", "");
        row("**baseline**: split into sentences, warm", "1 MiB", bigSplit.size() + "", bigSplitMedian, max(bigSplit), 1,
                "", "");
        row("engine, first run on this text (JIT warm from the demo runs)", "1 MiB", "1", bigFirst, Double.NaN,
                bigFirst / bigSplitFirst, "< 2 s", bigFirst < BIG_TARGET_MS ? "PASS" : "SHORT");
        row("engine, warm", "1 MiB", bigEngine.size() + "", median(bigEngine), max(bigEngine),
                median(bigEngine) / bigSplitMedian, "< 2 s", verdict(median(bigEngine), max(bigEngine), BIG_TARGET_MS));

        String markdown = report((System.nanoTime() - started) / 1e9, loadAtStart, demo, sentences, suggestions,
                bigBytes, bigBody.length(), bigSentences, bigOut.size());
        System.out.println();
        System.out.println(markdown);
        Files.writeString(dir.resolve("suggest.md"), markdown);
        String doc = System.getProperty("bench.doc");
        if (doc != null && !doc.isEmpty()) {
            Path path = Path.of(doc);
            String text = Files.readString(path);
            String begin = "<!-- bench:suggest:begin -->";
            String end = "<!-- bench:suggest:end -->";
            int b = text.indexOf(begin);
            int e = text.indexOf(end);
            if (b < 0 || e < b) {
                log(doc + " lacks the markers " + begin + " and " + end + ": table only in " + dir.resolve("suggest.md"));
            } else {
                Files.writeString(path, text.substring(0, b + begin.length()) + "\n" + markdown + "\n" + text.substring(e));
                log("suggestion engine table written to " + doc + " and " + dir.resolve("suggest.md"));
            }
        }
    }

    private String report(double totalSeconds, String loadAtStart, Demo demo, int sentences, int suggestions,
            int bigBytes, int bigChars, int bigSentences, int bigSuggestions) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("Generated by `bash src/bench/run --suggest` on ")
                .append(DateTimeFormatter.ISO_LOCAL_DATE.format(OffsetDateTime.now(ZoneOffset.UTC))).append(" in ")
                .append(String.format(Locale.ROOT, "%.0f", totalSeconds)).append(" s.\n\n");
        md.append("**Machine**: ").append(machine()).append(". Load average (1, 5, 15 min) at the start: ")
                .append(loadAtStart).append(", at the end: ").append(loadAverage())
                .append(" (anything well above 0 means other work shared the 2 cores).\n\n");
        md.append(String.format(Locale.ROOT, "**Texts**: the demo article (%d characters, %d sentences, %d suggestions);"
                + " the 1 MiB article, the %d labelled articles repeated (%,d bytes of UTF-8, %,d characters,"
                + " %,d sentences, %,d suggestions). **Settings**: demo %.0f s warm-up, then %.0f s measured; 1 MiB:"
                + " one first run, then %d warm runs; cold: %d fresh JVMs (default JVM settings, as the server"
                + " runs).%n%n", demo.body.length(), sentences, suggestions, labelledCount(), bigBytes, bigChars,
                bigSentences, bigSuggestions, warmup, seconds, bigRuns, coldJvms));
        md.append("| measured | text | runs | median ms | p95 ms (max for 1 MiB and cold) | × baseline (splitter, same text) | target | verdict |\n")
                .append("|---|---|---:|---:|---:|---:|---|---|\n").append(rows);
        return md.toString();
    }

    private void row(String what, String text, String runs, double median, double p95, double ratio, String target,
            String verdict) {
        rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", what, text, runs,
                fmt(median), fmt(p95), Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.1f×", ratio),
                target, verdict));
    }

    /** PASS when the median is under the target, with whether the tail (p95 or max) is too. */
    private static String verdict(double median, double tail, double target) {
        if (median >= target) {
            return "SHORT";
        }
        return tail < target ? "PASS" : "PASS on the median; the tail is over";
    }

    // ------------------------------------------------------------------------------------------
    // Texts

    /** The demo article as desk/Bootstrap imports it: the resource, normalised; its date and language. */
    record Demo(String raw, String body, String language, LocalDate published) {
        static Demo load() throws IOException {
            String raw = resource("/demo/syria-2016-07-14.txt");
            String meta = resource("/demo/syria-2016-07-14.json");
            String published = field(meta, "publishedAt");
            String language = field(meta, "language");
            return new Demo(raw, TextNormalizer.normalize(raw), language, published == null ? null
                    : LocalDate.parse(published));
        }

        private static String field(String json, String name) {
            Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            return m.find() ? m.group(1) : null;
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = BenchSuggest.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + path + " (the application's jar on the class path?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int labelledCount() throws IOException {
        try (Stream<Path> files = Files.list(labelled)) {
            return (int) files.filter(f -> f.toString().endsWith(".txt")).count();
        }
    }

    /**
     * The labelled articles' bodies (format in docs/suggestions.md: "# key: value" headers, one sentence a
     * line as {@code Y|N | sentence | …}, a blank line between paragraphs), one after the other and again,
     * a blank line between articles, until the text reaches 1 MiB of UTF-8; whole paragraphs only.
     */
    private String bigArticle() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(labelled)) {
            files = list.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no labelled article in " + labelled.toAbsolutePath());
        }
        for (Path file : files) {
            StringBuilder paragraph = new StringBuilder();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# ")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (paragraph.length() > 0) {
                        paragraphs.add(paragraph.toString());
                        paragraph.setLength(0);
                    }
                    continue;
                }
                String[] cols = line.split("\\s*\\|\\s*", -1);
                if (cols.length < 2) {
                    throw new IllegalArgumentException(file + ": bad line " + line);
                }
                paragraph.append(paragraph.length() > 0 ? " " : "").append(cols[1].strip());
            }
            if (paragraph.length() > 0) {
                paragraphs.add(paragraph.toString());
            }
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; bytes < MIB; i++) {
            String p = paragraphs.get(i % paragraphs.size());
            if (out.length() > 0) {
                out.append("\n\n");
                bytes += 2;
            }
            out.append(p);
            bytes += p.getBytes(StandardCharsets.UTF_8).length;
        }
        return out.toString();
    }

    // ------------------------------------------------------------------------------------------
    // Figures

    private static double time(Supplier<?> work) {
        long t0 = System.nanoTime();
        Object o = work.get();
        double ms = (System.nanoTime() - t0) / 1e6;
        if (o == null) {
            throw new IllegalStateException("no result");
        }
        return ms;
    }

    private static double median(List<Double> xs) {
        return quantile(xs.stream().mapToDouble(Double::doubleValue).toArray(), 0.5);
    }

    private static double median(double[] xs) {
        return quantile(xs, 0.5);
    }

    private static double p95(List<Double> xs) {
        return quantile(xs.stream().mapToDouble(Double::doubleValue).toArray(), 0.95);
    }

    private static double max(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    private static double max(double[] xs) {
        return Arrays.stream(xs).max().orElse(Double.NaN);
    }

    private static double[] sum(double[][] parts) {
        double[] out = new double[parts[0].length];
        for (double[] part : parts) {
            for (int i = 0; i < out.length; i++) {
                out[i] += part[i];
            }
        }
        return out;
    }

    /** Nearest-rank quantile. */
    private static double quantile(double[] xs, double q) {
        if (xs.length == 0) {
            return Double.NaN;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static String fmt(double ms) {
        if (Double.isNaN(ms)) {
            return "—";
        }
        return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.0f", ms);
    }

    private static String machine() throws IOException {
        String cpu = "?";
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                cpu = line.substring(line.indexOf(':') + 1).strip();
                break;
            }
        }
        return String.format(Locale.ROOT, "%s, %d cores; JDK %s (%s)", cpu, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), System.getProperty("java.vm.vendor"));
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + ", " + f[1] + ", " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void log(String text) {
        System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.now()).substring(0, 8) + " " + text);
    }
}
