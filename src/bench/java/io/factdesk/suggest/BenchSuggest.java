package io.factdesk.suggest;

import io.factdesk.article.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * {@code bench.suggest.warmup-runs} (the least number of demo warm-up runs), {@code bench.dir} (writes {@code suggest.md}), {@code bench.doc} (the file whose
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
    private final int warmupRuns = Integer.getInteger("bench.suggest.warmup-runs", 500);
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

    /**
     * Prints "cold" and, for each step, its wall and this thread's CPU time in ms: models read (the first
     * use of {@link NlpModels}), tagger made, first demo suggestions (cold JIT).
     */
    private static void cold() throws IOException {
        Demo demo = Demo.load();
        Series models = new Series();
        Series tagger = new Series();
        Series first = new Series();
        models.time(NlpModels::sentenceDetector);
        tagger.time(NlpModels::tagger);
        int n = first.time(() -> new Suggester().suggest(demo.body, demo.language, demo.published, List.of())).size();
        if (n == 0) {
            throw new IllegalStateException("no suggestion for the demo article");
        }
        System.out.printf(Locale.ROOT, "cold %.3f %.3f %.3f %.3f %.3f %.3f%n", models.wall.get(0), models.cpu.get(0),
                tagger.wall.get(0), tagger.cpu.get(0), first.wall.get(0), first.cpu.get(0));
    }

    /** The three steps of {@link #cold()}, each over the fresh JVMs, and the three together. */
    private Series[] coldRuns() throws Exception {
        Series[] out = { new Series(), new Series(), new Series(), new Series() };
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
            double wallSum = 0;
            double cpuSum = 0;
            for (int k = 0; k < 3; k++) {
                double wall = Double.parseDouble(f[1 + 2 * k]);
                double cpu = Double.parseDouble(f[2 + 2 * k]);
                out[k].add(wall, cpu);
                wallSum += wall;
                cpuSum += cpu;
            }
            out[3].add(wallSum, cpuSum);
            log(String.format(Locale.ROOT, "cold JVM %d: models %.0f ms (CPU %.0f), tagger %.0f ms (CPU %.0f),"
                    + " first demo suggestions %.0f ms (CPU %.0f)", i + 1, out[0].wall.get(i), out[0].cpu.get(i),
                    out[1].wall.get(i), out[1].cpu.get(i), out[2].wall.get(i), out[2].cpu.get(i)));
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
        Series[] cold = coldRuns();

        Demo demo = Demo.load();
        Suggester engine = new Suggester();
        String big = bigArticle();
        String bigBody = TextNormalizer.normalize(big);
        if (!bigBody.equals(big)) {
            throw new IllegalStateException("the 1 MiB article is not in normalised form");
        }

        // 2. The demo article, warm: engine, splitter and normaliser in turn, so all three see the same load.
        // The warm-up lasts its time and at least warmupRuns runs: on a busy machine the JIT's threads get
        // little time, and a warm-up by the clock alone would measure interpreted code.
        log(String.format(Locale.ROOT, "== demo article (%d characters): warm-up %.0f s and %d runs, then %.0f s measured",
                demo.body.length(), warmup, warmupRuns, seconds));
        Series demoEngine = new Series();
        Series demoSplit = new Series();
        Series demoNormalize = new Series();
        int suggestions = 0;
        for (int phase = 0; phase < 2; phase++) {
            boolean measured = phase == 1;
            long until = System.nanoTime() + (long) ((measured ? seconds : warmup) * 1e9);
            int least = measured ? 20 : warmupRuns;
            Series e = measured ? demoEngine : new Series();
            Series s = measured ? demoSplit : new Series();
            Series n = measured ? demoNormalize : new Series();
            for (int runs = 0; System.nanoTime() < until || runs < least; runs++) {
                n.time(() -> TextNormalizer.normalize(demo.raw));
                s.time(() -> Sentences.split(demo.body));
                suggestions = e.time(() -> engine.suggest(demo.body, demo.language, demo.published, List.of())).size();
            }
        }
        int sentences = Sentences.split(demo.body).size();
        log(String.format(Locale.ROOT, "demo: %d runs, engine median %.2f ms (CPU %.2f) p95 %.2f ms; split median"
                + " %.2f ms; normalise median %.3f ms; %d sentences, %d suggestions", demoEngine.size(),
                demoEngine.median(), demoEngine.cpuMedian(), demoEngine.p95(), demoSplit.median(),
                demoNormalize.median(), sentences, suggestions));

        // 3. The 1 MiB article: the first run of each on this text (the JIT warm from the demo), then warm runs.
        int bigBytes = bigBody.getBytes(StandardCharsets.UTF_8).length;
        log(String.format(Locale.ROOT, "== 1 MiB article (%d bytes, %d characters): first run, then %d warm runs",
                bigBytes, bigBody.length(), bigRuns));
        LocalDate bigPublished = LocalDate.of(2025, 2, 20);
        Series bigEngineFirst = new Series();
        Series bigSplitFirst = new Series();
        List<Suggestion> bigOut = bigEngineFirst.time(() -> engine.suggest(bigBody, "en", bigPublished, List.of()));
        int bigSentences = bigSplitFirst.time(() -> Sentences.split(bigBody)).size();
        log(String.format(Locale.ROOT, "1 MiB first run: engine %.0f ms (CPU %.0f), split %.0f ms; %d sentences,"
                + " %d suggestions", bigEngineFirst.median(), bigEngineFirst.cpuMedian(), bigSplitFirst.median(),
                bigSentences, bigOut.size()));
        Series bigEngine = new Series();
        Series bigSplit = new Series();
        Series bigNormalize = new Series();
        for (int i = 0; i < bigRuns; i++) {
            bigNormalize.time(() -> TextNormalizer.normalize(big));
            bigSplit.time(() -> Sentences.split(bigBody));
            bigEngine.time(() -> engine.suggest(bigBody, "en", bigPublished, List.of()));
            log(String.format(Locale.ROOT, "1 MiB warm run %d: engine %.0f ms (CPU %.0f), split %.0f ms, normalise %.0f ms",
                    i + 1, bigEngine.wall.get(i), bigEngine.cpu.get(i), bigSplit.wall.get(i), bigNormalize.wall.get(i)));
        }

        // Where the engine's time goes on this text: part-of-speech tagging, which the engine does only for the
        // sentences that a named actor could lift to the threshold and for those it suggests (for their claimant).
        List<Sentences.Sentence> split = Sentences.split(bigBody);
        Series tagEvery = new Series();
        tagEvery.time(() -> {
            for (Sentences.Sentence sentence : split) {
                sentence.tags();
            }
            return split;
        });
        long tagged = engine.read(bigBody, "en", bigPublished, false).stream().filter(r -> r.sentence().tagged())
                .count();
        log(String.format(Locale.ROOT, "1 MiB: tagging every sentence %.0f ms (CPU %.0f); the engine's reading tags %d"
                + " of %d sentences", tagEvery.median(), tagEvery.cpuMedian(), tagged, split.size()));

        // 4. The table.
        double demoBase = demoSplit.median();
        double bigBase = bigSplit.median();
        row("models read cold: first use of `NlpModels` in a fresh JVM (sentence and POS models, sentence detector"
                + " made)", "—", coldJvms + " JVMs", cold[0], true, Double.NaN, "lazy, or < 500 ms at start-up",
                "PASS: lazy (read on the first suggestions request; start-up adds 0)" + (cold[0].median() < LOAD_TARGET_MS
                        ? "; the read itself < 500 ms too" : "; the read itself is over 500 ms"));
        row("POS tagger made (first `NlpModels.tagger()`, models already read)", "—", coldJvms + " JVMs", cold[1], true,
                Double.NaN, "", "");
        row("first suggestions in a fresh JVM: models, tagger, then the demo article with a cold JIT", "demo",
                coldJvms + " JVMs", cold[3], true, Double.NaN, "", "what the first request after a start waits for,"
                + " besides the database");
        row("baseline: normalise the text (`TextNormalizer.normalize`)", "demo", demoNormalize.size() + "",
                demoNormalize, false, demoNormalize.median() / demoBase, "", "");
        row("**baseline**: split into sentences (`Sentences.split`, OpenNLP sentence detector)", "demo",
                demoSplit.size() + "", demoSplit, false, 1, "", "");
        row("engine, warm (`Suggester.suggest`, no cache)", "demo", demoEngine.size() + "", demoEngine, false,
                demoEngine.median() / demoBase, "< 50 ms", verdict(demoEngine.median(), demoEngine.p95(),
                        demoEngine.cpuMedian(), DEMO_TARGET_MS));
        row("baseline: normalise the text", "1 MiB", bigNormalize.size() + "", bigNormalize, true,
                bigNormalize.median() / bigBase, "", "");
        row("**baseline**: split into sentences, first run on this text", "1 MiB", "1", bigSplitFirst, true,
                bigSplitFirst.median() / bigBase, "", "");
        row("**baseline**: split into sentences, warm", "1 MiB", bigSplit.size() + "", bigSplit, true, 1, "", "");
        row("engine, first run on this text (JIT warm from the demo runs)", "1 MiB", "1", bigEngineFirst, true,
                bigEngineFirst.median() / bigSplitFirst.median(), "< 2 s", verdict(bigEngineFirst.median(),
                        bigEngineFirst.median(), bigEngineFirst.cpuMedian(), BIG_TARGET_MS));
        row("engine, warm", "1 MiB", bigEngine.size() + "", bigEngine, true, bigEngine.median() / bigBase, "< 2 s",
                verdict(bigEngine.median(), bigEngine.max(), bigEngine.cpuMedian(), BIG_TARGET_MS));
        row(String.format(Locale.ROOT, "reference: part-of-speech tagging of every sentence (OpenNLP; the engine tags"
                + " %,d of the %,d: those a named actor could lift to the threshold, and those it suggests)", tagged,
                split.size()), "1 MiB", "1", tagEvery, true, tagEvery.median() / bigBase, "", "");

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
                + " %,d sentences, %,d suggestions). **Settings**: demo warm-up %.0f s and at least %d runs, then %.0f s"
                + " measured; 1 MiB: one first run, then %d warm runs; cold: %d fresh JVMs (default JVM settings, as"
                + " the server runs).%n%n", demo.body.length(), sentences, suggestions, labelledCount(), bigBytes,
                bigChars, bigSentences, bigSuggestions, warmup, warmupRuns, seconds, bigRuns, coldJvms));
        md.append("Wall-clock times in ms; *tail* is the p95 of the demo runs and the maximum of the few 1 MiB and cold"
                + " runs; *CPU* is the measuring thread's own CPU time (median), which a busy machine inflates far"
                + " less than the wall clock (the JIT's and the garbage collector's threads are not in it). Ratios are wall-clock medians over the splitter's on the same text.\n\n");
        md.append("| measured | text | runs | median ms | tail ms | CPU ms | × baseline (splitter, same text) | target | verdict |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---|---|\n").append(rows);
        return md.toString();
    }

    /** A row: wall-clock median and tail (p95, or the maximum where there are few runs), and CPU median. */
    private void row(String what, String text, String runs, Series series, boolean fewRuns, double ratio,
            String target, String verdict) {
        rows.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n", what, text, runs,
                fmt(series.median()), series.size() < 2 ? "—" : fmt(fewRuns ? series.max() : series.p95()),
                fmt(series.cpuMedian()), Double.isNaN(ratio) ? "—" : String.format(Locale.ROOT, "%.1f×", ratio),
                target, verdict));
    }

    /**
     * PASS when the wall-clock median is under the target, with whether the tail (p95 or max) is too; SHORT
     * when not, saying whether the thread's own CPU time would have been under it (the machine's load).
     */
    private static String verdict(double median, double tail, double cpu, double target) {
        if (median >= target) {
            return cpu < target ? "SHORT (its CPU time alone is under the target: the machine was busy)" : "SHORT";
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

    /** Wall-clock and this thread's CPU times of runs, in ms. */
    static final class Series {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        final List<Double> wall = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();

        <T> T time(Supplier<T> work) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            T out = work.get();
            double ms = (System.nanoTime() - t0) / 1e6;
            double cpuMs = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            if (out == null) {
                throw new IllegalStateException("no result");
            }
            add(ms, cpuMs);
            return out;
        }

        void add(double wallMs, double cpuMs) {
            wall.add(wallMs);
            cpu.add(cpuMs);
        }

        int size() {
            return wall.size();
        }

        double median() {
            return quantile(wall, 0.5);
        }

        double p95() {
            return quantile(wall, 0.95);
        }

        double max() {
            return wall.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double cpuMedian() {
            return quantile(cpu, 0.5);
        }
    }

    /** Nearest-rank quantile. */
    private static double quantile(List<Double> xs, double q) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
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
