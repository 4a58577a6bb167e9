package io.factdesk.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.factdesk.match.MatchingFixtures.Claim;
import io.factdesk.match.MatchingFixtures.Negative;
import io.factdesk.match.MatchingFixtures.Split;
import io.factdesk.system.ChainHead;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The semantic matching experiment of docs/matching.md ("Semantic matching (experiment)"): sentence embeddings
 * (all-MiniLM-L6-v2, quantised, on the CPU through ONNX Runtime) stored as Lucene vectors and fused with BM25 by
 * reciprocal rank, against word matching, on the fixture claims and on the hard paraphrase set (whose index also
 * holds the 160 fixture claims as distractors). Prints its figures and writes them to
 * {@code target/semantic-experiment.txt}. Outside the normal suite: it runs only with
 * {@code -Dfactdesk.semantic.experiment=true}.
 */
@EnabledIfSystemProperty(named = "factdesk.semantic.experiment", matches = "true")
class SemanticExperiment {

    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final int DEPTH = 50;
    static final double RELATED = 0.3;
    static final double SAME = 0.4; // the configured default (application.properties), chosen on the fixtures' train part

    /** A question and the claim it should find. */
    record Question(String expected, String text, Split split, boolean negative, MatchingFixtures.Kind kind) {}

    /** The expected claim's rank (1-based, 0 when absent) in each method's list, and the service's "same". */
    record Ranks(Question q, Map<String, Integer> rank, boolean serviceSame) {}

    static final List<String> METHODS = List.of("service", "bm25", "vectors", "rrf");

    private final StringBuilder out = new StringBuilder();
    private EmbeddingModel model;

    @Test
    void measure() throws Exception {
        line("Semantic matching experiment, %s, %d processors, Java %s, load average %s", java.time.Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage());
        loadModel();
        coldStarts();

        List<Claim> fixtures = MatchingFixtures.load();
        List<Claim> hard = MatchingFixtures.loadHard();
        List<Claim> hardCorpus = new ArrayList<>(hard);
        hardCorpus.addAll(fixtures);

        Map<String, float[]> vectors = new HashMap<>();
        List<Long> docNanos = new ArrayList<>();
        for (Claim c : hardCorpus) {
            long t = System.nanoTime();
            vectors.put(c.claim(), embed(c.claim()));
            docNanos.add(System.nanoTime() - t);
        }
        line("");
        line("Embedding the %d claims (fixtures and hard set): median %.1f ms, p95 %.1f ms, total %.1f s",
                docNanos.size(), percentile(docNanos, 50), percentile(docNanos, 95),
                docNanos.stream().mapToLong(Long::longValue).sum() / 1e9);

        List<Long> questionNanos = new ArrayList<>();
        List<Ranks> main = run("fixtures", fixtures, fixtures, vectors, questionNanos);
        List<Ranks> hardRanks = run("hard", hard, hardCorpus, vectors, questionNanos);
        line("Embedding a question (%d paraphrases and negatives): median %.1f ms, p95 %.1f ms, max %.1f ms",
                questionNanos.size(), percentile(questionNanos, 50), percentile(questionNanos, 95),
                percentile(questionNanos, 100));

        line("");
        line("Word overlap of paraphrase and claim (Dice over distinct analysed terms, mean): fixtures %.3f,"
                + " hard set %.3f", overlap(fixtures), overlap(hard));
        line("");
        table("fixtures (160 claims in the index)", main);
        table("hard set (68 claims + 160 fixture claims as distractors = 228 in the index)", hardRanks);

        indexSizes(fixtures, vectors);
        packageSize();

        line("Load average at the end: %s", loadAverage());
        Path file = Path.of("target", "semantic-experiment.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        assertThat(main).isNotEmpty();
    }

    private void loadModel() {
        long heapBefore = heapAfterGc();
        long rssBefore = rss();
        long t0 = System.nanoTime();
        model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        long t1 = System.nanoTime();
        float[] v = embed("Nearly half a million Syrians have died.");
        long t2 = System.nanoTime();
        long heapAfter = heapAfterGc();
        long rssAfter = rss();
        line("In this JVM: model loaded in %d ms, first embedding %d ms (%d dims); heap used after GC %.1f -> %.1f MB"
                + " (+%.1f MB); resident set %.1f -> %.1f MB (+%.1f MB)", (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000, v.length, mb(heapBefore), mb(heapAfter), mb(heapAfter - heapBefore),
                mb(rssBefore), mb(rssAfter), mb(rssAfter - rssBefore));
    }

    /** Three fresh JVMs, each loading the model once ({@link SemanticColdStart}). */
    private void coldStarts() throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int i = 0; i < 3; i++) {
            Process p = new ProcessBuilder(java, "-cp", cp, SemanticColdStart.class.getName())
                    .redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(120, TimeUnit.SECONDS);
            String cold = text.lines().filter(l -> l.startsWith("cold ")).findFirst().orElse("failed: " + text);
            Map<String, Long> f = new LinkedHashMap<>();
            for (String kv : cold.substring(5).split(" ")) {
                String[] parts = kv.split("=");
                if (parts.length == 2) {
                    f.put(parts[0], Long.parseLong(parts[1]));
                }
            }
            if (f.containsKey("load")) {
                line("Fresh JVM %d: JVM start to main %d ms, model load %d ms, first embedding %d ms; heap after GC"
                        + " %.1f -> %.1f MB; resident set %.1f -> %.1f MB (+%.1f MB)", i + 1, f.get("jvmToMain"),
                        f.get("load"), f.get("firstEmbedding"), mb(f.get("heapBefore")), mb(f.get("heapAfter")),
                        mb(f.get("rssBefore")), mb(f.get("rssAfter")), mb(f.get("rssAfter") - f.get("rssBefore")));
            } else {
                line("Fresh JVM %d: %s", i + 1, cold);
            }
        }
    }

    private float[] embed(String text) {
        return model.embed(text).content().vector();
    }

    /** Asks every paraphrase and negative of {@code asked} over an index of {@code corpus}. */
    private List<Ranks> run(String name, List<Claim> asked, List<Claim> corpus, Map<String, float[]> vectors,
            List<Long> questionNanos) throws IOException {
        Analyzer analyzer = new EnglishAnalyzer();
        Directory dir = new ByteBuffersDirectory();
        write(dir, corpus, vectors, true);
        List<String> keys = corpus.stream().map(Claim::id).toList();
        try (Service service = new Service(corpus); DirectoryReader reader = DirectoryReader.open(dir)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            List<Question> questions = new ArrayList<>();
            for (Claim c : asked) {
                for (String p : c.paraphrases()) {
                    questions.add(new Question(c.id(), p, c.split(), false, null));
                }
                for (Negative n : c.negatives()) {
                    questions.add(new Question(c.id(), n.text(), c.split(), true, n.kind()));
                }
            }
            List<Ranks> out = new ArrayList<>();
            for (Question q : questions) {
                long t = System.nanoTime();
                float[] v = embed(q.text());
                questionNanos.add(System.nanoTime() - t);
                List<String> bm25 = ids(searcher, bm25(analyzer, q.text()));
                List<String> vec = ids(searcher, new KnnFloatVectorQuery(VECTOR, v, DEPTH));
                List<String> rrf = ReciprocalRankFusion.fuse(List.of(bm25, vec));
                List<MatchView> answer = service.service.ofText(q.text(), null, null, null);
                List<String> listed = new ArrayList<>();
                boolean same = false;
                for (MatchView m : answer) {
                    if (m.score() < RELATED || listed.size() == MatchingQuality.MAX_RESULTS) {
                        break;
                    }
                    String key = keys.get((int) m.id() - 1);
                    listed.add(key);
                    if (key.equals(q.expected())) {
                        same = m.differences().isEmpty() && m.score() >= SAME;
                    }
                }
                Map<String, Integer> rank = new LinkedHashMap<>();
                rank.put("service", listed.indexOf(q.expected()) + 1);
                rank.put("bm25", bm25.indexOf(q.expected()) + 1);
                rank.put("vectors", vec.indexOf(q.expected()) + 1);
                rank.put("rrf", rrf.indexOf(q.expected()) + 1);
                out.add(new Ranks(q, rank, same));
            }
            return out;
        }
    }

    private static Query bm25(Analyzer analyzer, String text) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String t : terms(analyzer, text)) {
            q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    private static List<String> ids(IndexSearcher searcher, Query q) throws IOException {
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(q, DEPTH).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    static Set<String> terms(Analyzer analyzer, String text) throws IOException {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        return terms;
    }

    private static void write(Directory dir, List<Claim> corpus, Map<String, float[]> vectors, boolean withVectors)
            throws IOException {
        IndexWriterConfig iwc = new IndexWriterConfig(new EnglishAnalyzer()).setSimilarity(new BM25Similarity());
        try (IndexWriter w = new IndexWriter(dir, iwc)) {
            for (Claim c : corpus) {
                Document d = new Document();
                d.add(new StringField("id", c.id(), Field.Store.YES));
                d.add(new TextField(TEXT, c.claim(), Field.Store.YES));
                if (withVectors) {
                    d.add(new KnnFloatVectorField(VECTOR, vectors.get(c.claim()), VectorSimilarityFunction.COSINE));
                }
                w.addDocument(d);
            }
            w.forceMerge(1);
            w.commit();
        }
    }

    /** The shipped service (MatchIndex and MatchService, defaults' related threshold) over {@code corpus}. */
    static final class Service implements AutoCloseable {
        final MatchIndex index;
        final MatchService service;

        Service(List<Claim> corpus) throws IOException {
            List<IndexedClaim> indexed = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                Claim c = corpus.get(i);
                indexed.add(new IndexedClaim(i + 1, 1, 0, 0, c.claim(), null, c.claimant(), c.subject(), "NEW", null,
                        null, "en", null, "Fixtures", null));
            }
            ClaimDocuments docs = new ClaimDocuments() {
                @Override
                public List<IndexedClaim> page(long afterId, int size) {
                    return indexed.stream().filter(c -> c.id() > afterId).limit(size).toList();
                }

                @Override
                public List<IndexedLibraryEntry> libraryPage(long afterId, int size) {
                    return List.of(); // the corpus's claims alone
                }

                @Override
                public Changes changedAfter(long afterSeq, long untilSeq, int limit) {
                    return new Changes(Set.of(), false, false, untilSeq, "h");
                }
            };
            ChainHead head = () -> new ChainHead.At(1, "h");
            MatchingConfig config = new InMemoryConfig(0, 0, DEPTH, 0, DEPTH);
            index = new MatchIndex(config, docs, head);
            index.open(new ByteBuffersDirectory());
            service = new MatchService(index, config, docs);
        }

        @Override
        public void close() {
            index.close();
        }
    }

    private void table(String title, List<Ranks> ranks) {
        line("%s", title);
        line("| questions | n | %s |", String.join(" | ",
                METHODS.stream().flatMap(m -> List.of(m + " @1", m + " @5").stream()).toList()));
        line("|---|---|%s", "---|".repeat(METHODS.size() * 2));
        for (boolean negative : new boolean[] {false, true}) {
            for (Split split : Split.values()) {
                List<Ranks> part = ranks.stream()
                        .filter(r -> r.q().negative() == negative && r.q().split() == split).toList();
                StringBuilder row = new StringBuilder();
                for (String m : METHODS) {
                    row.append(String.format(Locale.ROOT, " %.3f | %.3f |", share(part, m, 1), share(part, m, 5)));
                }
                line("| %s, %s | %d |%s", negative ? "negatives (claim ranked)" : "paraphrases",
                        split.name().toLowerCase(Locale.ROOT), part.size(), row);
            }
        }
        for (boolean negative : new boolean[] {false, true}) {
            for (Split split : Split.values()) {
                List<Ranks> part = ranks.stream()
                        .filter(r -> r.q().negative() == negative && r.q().split() == split).toList();
                long same = part.stream().filter(Ranks::serviceSame).count();
                line("  %s, %s: marked same by the service at the defaults (0.4 / 0.3): %d of %d (%.3f)",
                        negative ? "negatives" : "paraphrases", split.name().toLowerCase(Locale.ROOT), same,
                        part.size(), (double) same / part.size());
                if (negative && same > 0) {
                    Map<String, Integer> kinds = new java.util.TreeMap<>();
                    part.stream().filter(Ranks::serviceSame)
                            .forEach(r -> kinds.merge(r.q().kind().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
                    line("    by kind: %s", kinds);
                }
            }
        }
        line("");
    }

    private static double share(List<Ranks> part, String method, int k) {
        return part.isEmpty() ? 0 : (double) part.stream()
                .filter(r -> r.rank().get(method) > 0 && r.rank().get(method) <= k).count() / part.size();
    }

    private static double overlap(List<Claim> claims) {
        return claims.stream().flatMap(c -> c.paraphrases().stream()
                .map(p -> MatchingFixtures.wordOverlap(c.claim(), p))).mapToDouble(Double::doubleValue).average()
                .orElse(0);
    }

    private void indexSizes(List<Claim> fixtures, Map<String, float[]> vectors) throws IOException {
        long[] sizes = new long[2];
        for (int i = 0; i < 2; i++) {
            Directory dir = new ByteBuffersDirectory();
            write(dir, fixtures, vectors, i == 1);
            for (String f : dir.listAll()) {
                sizes[i] += dir.fileLength(f);
            }
        }
        line("Index of the 160 fixture claims (text stored, one segment): %.1f KB without vectors, %.1f KB with"
                + " (+%.0f bytes a claim)", sizes[0] / 1024.0, sizes[1] / 1024.0,
                (sizes[1] - sizes[0]) / (double) fixtures.size());
    }

    /** The jars the dependency adds to the test class path, and the ONNX Runtime native libraries inside. */
    private void packageSize() throws IOException {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> added = List.of("/dev/langchain4j/", "/com/microsoft/onnxruntime/", "/ai/djl/",
                "/com/google/code/gson/", "/net/java/dev/jna/", "/org/apache/commons/commons-compress/");
        long total = 0;
        line("");
        line("Jars the dependency brings (not otherwise on the class path):");
        for (String entry : cp.split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            if (added.stream().anyMatch(path::contains) && path.endsWith(".jar")) {
                long size = Files.size(Path.of(entry));
                total += size;
                line("  %8.1f MB  %s", mb(size), path.substring(path.lastIndexOf('/') + 1));
                if (path.contains("onnxruntime") || path.contains("tokenizers") || path.contains("minilm")) {
                    try (ZipFile zip = new ZipFile(entry)) {
                        for (ZipEntry e : zip.stream().toList()) {
                            String n = e.getName();
                            if (!e.isDirectory() && !n.contains(".dSYM/") && (n.endsWith(".so") || n.endsWith(".dll")
                                    || n.endsWith(".dylib") || n.endsWith(".onnx"))) {
                                line("              %6.1f MB uncompressed  %s", mb(e.getSize()), n);
                            }
                        }
                    }
                }
            }
        }
        line("  %8.1f MB  in all", mb(total));
    }

    static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The process's resident set (VmRSS of /proc/self/status), bytes; 0 where there is no /proc. */
    static long rss() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        out.append(s).append('\n');
    }
}
