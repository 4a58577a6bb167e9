package io.factdesk.match;

import io.factdesk.match.MatchingFixtures.Claim;
import io.factdesk.match.MatchingFixtures.Kind;
import io.factdesk.match.MatchingFixtures.Negative;
import io.factdesk.match.MatchingFixtures.Split;
import io.factdesk.system.ChainHead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Matching quality on the fixture set (docs/matching.md, "Quality"), without a server or a database: the
 * 160 fixture claims in an in-memory {@link MatchIndex} (same analyzer, BM25 and scoring as the service),
 * asked through {@link MatchService#ofText} as {@code POST /api/matches} asks. Each question's answer is kept
 * whole (every candidate with its score and differences), so that thresholds are applied afterwards.
 */
final class MatchingQuality implements AutoCloseable {

    /** Where a fixture claim came back for one question: its rank among the listed (1-based, 0 if absent). */
    record Answer(String expected, List<MatchView> matches, int bm25Rank) {

        /** The expected claim's match, or null when it is not among the scored candidates. */
        MatchView hit() {
            return matches.stream().filter(m -> m.id() == number(expected)).findFirst().orElse(null);
        }

        /** Its rank among the matches listed with {@code related}, or 0 when not listed (or past the 10 shown). */
        int rank(double related) {
            int rank = 0;
            for (MatchView m : matches) {
                if (m.score() < related) {
                    break;
                }
                rank++;
                if (rank > MAX_RESULTS) {
                    return 0;
                }
                if (m.id() == number(expected)) {
                    return rank;
                }
            }
            return 0;
        }

        /** Whether the expected claim is listed and marked same with these thresholds. */
        boolean same(double sameThreshold, double related) {
            MatchView hit = hit();
            return rank(related) > 0 && hit.differences().isEmpty() && hit.score() >= sameThreshold;
        }
    }

    record NegativeAnswer(Claim claim, Negative negative, Answer answer) {
    }

    static final int MAX_RESULTS = 10;

    final List<Claim> claims = MatchingFixtures.load();
    private final MatchIndex index;
    private final MatchService service;

    MatchingQuality() {
        List<IndexedClaim> indexed = claims.stream()
                .map(c -> new IndexedClaim(number(c.id()), 1, 0, 0, c.claim(), null, c.claimant(), c.subject(),
                        "NEW", null, null, "en", null, "Fixtures", null))
                .toList();
        ClaimDocuments docs = new ClaimDocuments() {
            @Override
            public List<IndexedClaim> page(long afterId, int size) {
                return indexed.stream().filter(c -> c.id() > afterId).limit(size).toList();
            }

            @Override
            public List<IndexedLibraryEntry> libraryPage(long afterId, int size) {
                return List.of(); // the fixture claims alone
            }

            @Override
            public Changes changedAfter(long afterSeq, long untilSeq, int limit) {
                return new Changes(Set.of(), false, false, untilSeq, "h");
            }
        };
        ChainHead head = () -> new ChainHead.At(1, "h");
        // thresholds 0 and every candidate shown: thresholds are applied to the whole answers afterwards
        MatchingConfig config = new InMemoryConfig(0, 0, 50, 50, 50);
        index = new MatchIndex(config, docs, head);
        try {
            index.open(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        service = new MatchService(index, config, docs);
    }

    static long number(String id) {
        return Long.parseLong(id.substring(1));
    }

    /** The answer to {@code text}, and the expected claim's rank by BM25 alone (the baseline). */
    Answer ask(String text, String expected) {
        List<MatchView> matches = service.ofText(text, null, null, null);
        int bm25Rank = 0;
        try (MatchIndex.View view = index.view()) {
            List<MatchIndex.Candidate> candidates = view.candidates(index.terms(text), null, 50);
            for (int i = 0; i < candidates.size(); i++) {
                if (candidates.get(i).claim().id() == number(expected)) {
                    bm25Rank = i + 1;
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(expected, matches, bm25Rank);
    }

    List<Answer> paraphrases(Split split) {
        List<Answer> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.split() == split) {
                for (String p : c.paraphrases()) {
                    out.add(ask(p, c.id()));
                }
            }
        }
        return out;
    }

    List<NegativeAnswer> negatives(Split split) {
        List<NegativeAnswer> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.split() == split) {
                for (Negative n : c.negatives()) {
                    out.add(new NegativeAnswer(c, n, ask(n.text(), c.id())));
                }
            }
        }
        return out;
    }

    /** The share of answers whose expected claim is listed in the first {@code k} with {@code related}. */
    static double recall(List<Answer> answers, int k, double related) {
        return (double) answers.stream().filter(a -> a.rank(related) > 0 && a.rank(related) <= k).count()
                / answers.size();
    }

    /** The same by BM25 alone: no score, no threshold, no guard. */
    static double bm25Recall(List<Answer> answers, int k) {
        return (double) answers.stream().filter(a -> a.bm25Rank() > 0 && a.bm25Rank() <= k).count() / answers.size();
    }

    static double sameShare(List<Answer> answers, double sameThreshold, double related) {
        return (double) answers.stream().filter(a -> a.same(sameThreshold, related)).count() / answers.size();
    }

    /** Per kind: how many negatives brought their claim back marked same, listed as related only, or not listed. */
    static Map<Kind, int[]> negativeCounts(List<NegativeAnswer> negatives, double sameThreshold, double related) {
        Map<Kind, int[]> out = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            out.put(k, new int[3]);
        }
        for (NegativeAnswer n : negatives) {
            Answer a = n.answer();
            int[] counts = out.get(n.negative().kind());
            counts[a.same(sameThreshold, related) ? 0 : a.rank(related) > 0 ? 1 : 2]++;
        }
        return out;
    }

    /**
     * Questions that bring back a claim other than their own marked same (listed with {@code related}): a paraphrase
     * or a negative of one claim taken for another. Each question counts once.
     */
    static List<Answer> othersMarkedSame(List<Answer> answers, double sameThreshold, double related) {
        return answers.stream().filter(a -> a.matches().stream().limit(MAX_RESULTS)
                .anyMatch(m -> m.id() != number(a.expected()) && m.score() >= related && m.score() >= sameThreshold
                        && m.differences().isEmpty()))
                .toList();
    }

    /** Negatives whose claim comes back marked same: what a guard misses. */
    static List<NegativeAnswer> markedSame(List<NegativeAnswer> negatives, double sameThreshold, double related) {
        return negatives.stream().filter(n -> n.answer().same(sameThreshold, related)).toList();
    }

    @Override
    public void close() {
        index.close();
    }
}
