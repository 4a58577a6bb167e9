package io.factdesk.match;

import io.factdesk.system.ChainHead;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Not part of the suite (its name does not end in Test): how long the index takes to build and to answer
 * with many claims and library entries, without a database. Run with {@code -Dtest=MatchSpeedCheck
 * -Dmatch.claims=100000 -Dmatch.library=100000} (as many library entries as claims unless told).
 */
class MatchSpeedCheck {

    private static final String[] WORDS = ("government minister unemployment inflation budget hospital school "
            + "police crime migrants border tax health vaccine election votes turnout council housing rent water "
            + "energy prices wages pension army troops refugees deaths ceasefire talks rebels city region country "
            + "company profits debt deficit growth exports imports farmers wheat rain flood drought fire forest "
            + "road bridge tunnel railway airport port ships containers students teachers doctors nurses patients")
            .split(" ");
    private static final String[] VERBS = { "rose to", "fell to", "reached", "did not reach", "doubled to",
            "dropped to", "increased to", "stayed at" };

    private static String sentence(Random r) {
        return "The " + WORDS[r.nextInt(WORDS.length)] + " of " + WORDS[r.nextInt(WORDS.length)] + " in "
                + WORDS[r.nextInt(WORDS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
                + (1 + r.nextInt(999)) + "," + (100 + r.nextInt(900)) + " " + WORDS[r.nextInt(WORDS.length)]
                + " last year, " + WORDS[r.nextInt(WORDS.length)] + " said.";
    }

    @Test
    void buildAndAnswer() throws Exception {
        int n = Integer.getInteger("match.claims", 100_000);
        Random r = new Random(42);
        List<IndexedClaim> claims = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String s = sentence(r);
            claims.add(new IndexedClaim(i, i / 20 + 1, 0, s.length(), s, s, null, "Other", "NEW", null, null, "en",
                    LocalDate.of(2024, 5, 1), "Article " + (i / 20 + 1), null));
        }
        int m = Integer.getInteger("match.library", n);
        List<IndexedLibraryEntry> entries = new ArrayList<>();
        for (int i = 1; i <= m; i++) {
            entries.add(new IndexedLibraryEntry(i, sentence(r), "a " + WORDS[r.nextInt(WORDS.length)] + " official",
                    "Checker " + (i % 7), "https://checker" + (i % 7) + ".example.org", "https://checker" + (i % 7)
                    + ".example.org/checks/" + i, "False", 0.0, LocalDate.of(2024, 6, 1), LocalDate.of(2024, 5, 1),
                    "en"));
        }
        ClaimDocuments docs = new ClaimDocuments() {
            @Override
            public List<IndexedClaim> page(long afterId, int size) {
                int from = (int) afterId;
                return claims.subList(Math.min(from, n), Math.min(from + size, n));
            }

            @Override
            public List<IndexedLibraryEntry> libraryPage(long afterId, int size) {
                int from = (int) afterId;
                return entries.subList(Math.min(from, m), Math.min(from + size, m));
            }

            @Override
            public Changes changedAfter(long afterSeq, long untilSeq, int limit) {
                return new Changes(java.util.Set.of(), false, false, untilSeq, "h");
            }
        };
        ChainHead head = () -> new ChainHead.At(1, "h");
        MatchingConfig config = new InMemoryConfig(0.6, 0.3, 50, 50, 10);
        MatchIndex index = new MatchIndex(config, docs, head);
        long t0 = System.nanoTime();
        index.open(new ByteBuffersDirectory());
        System.out.printf("build of %d claims and %d library entries: %d ms%n", n, m,
                (System.nanoTime() - t0) / 1_000_000);
        MatchService service = new MatchService(index, config, docs);
        Random q = new Random(7);
        for (int i = 0; i < 200; i++) {
            service.ofText(sentence(q), null, null, null); // warm-up
        }
        long[] times = new long[1000];
        for (int i = 0; i < times.length; i++) {
            String text = sentence(q);
            long s = System.nanoTime();
            service.ofText(text, null, null, null);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        System.out.printf("question over %d claims and %d library entries: median %.1f ms, p95 %.1f ms,"
                + " p99 %.1f ms%n", n, m, times[500] / 1e6, times[950] / 1e6, times[990] / 1e6);
        index.close();
    }
}
