package io.factdesk.match;

import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The closest other claims and fact-check library entries to a claim or to text being marked (docs/matching.md,
 * "Matches and guards"). BM25 picks candidates of each kind, each kind its own number of them; each is scored
 * from 0 to 1 by the words it shares with the question, weighed by how rare they are; the guards keep one whose
 * figures, negation or direction differ from being "same". The two kinds are merged by score.
 */
@ApplicationScoped
public class MatchService {

    private final MatchIndex index;
    private final MatchingConfig config;
    private final ClaimDocuments documents;

    @Inject
    MatchService(MatchIndex index, MatchingConfig config, ClaimDocuments documents) {
        this.index = index;
        this.config = config;
        this.documents = documents;
    }

    /** The matches of claim {@code id}, itself excluded; claims of its article on overlapping words flagged. */
    public List<MatchView> ofClaim(long id) {
        try (MatchIndex.View view = index.view()) {
            IndexedClaim claim = view.get(id).orElseThrow(() -> ProblemException.notFound("Claim", id));
            Question q = new Question(claim.text(), claim.id(), claim.articleId(), claim.start(), claim.end(),
                    claim.language(), claim.articleDate());
            return answer(view, q);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The matches of text being marked; with {@code articleId}, {@code start} and {@code end} (code points
     * in its body), claims of that article on overlapping words are flagged.
     */
    public List<MatchView> ofText(String text, Long articleId, Integer start, Integer end) {
        FieldChecks checks = new FieldChecks().require("text", text, "The text")
                .maxLength("text", text, Limits.MATCH_TEXT, "The text");
        if ((start == null) != (end == null)) {
            checks.add(start == null ? "start" : "end", "start and end go together: give both or neither.");
        } else if (start != null) {
            if (start < 0) {
                checks.add("start", "start must be 0 or more.");
            } else if (end <= start) {
                checks.add("end", "end must be after start.");
            }
            if (articleId == null) {
                checks.add("articleId", "A position needs the article it is in: give articleId.");
            }
        }
        checks.throwIfAny();
        try (MatchIndex.View view = index.view()) {
            String language = null;
            LocalDate date = null;
            if (articleId != null) {
                ClaimDocuments.ArticleFacts article = documents.article(articleId)
                        .orElseThrow(() -> ProblemException.invalid("articleId", "No article " + articleId + "."));
                language = article.language();
                date = article.publishedAt();
            }
            return answer(view, new Question(text.strip(), null, articleId, start, end, language, date));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What is asked: the text, the claim it is (excluded), and where it stands (for the overlap warning). */
    private record Question(String text, Long claimId, Long articleId, Integer start, Integer end, String language,
            LocalDate date) {
    }

    private List<MatchView> answer(MatchIndex.View view, Question q) throws IOException {
        Set<String> terms = index.terms(q.text());
        List<Scored> scored = new ArrayList<>();
        Set<Long> overlapping = new HashSet<>();
        if (q.articleId() != null && q.start() != null) {
            for (IndexedClaim c : view.ofArticle(q.articleId())) {
                if ((q.claimId() == null || c.id() != q.claimId()) && c.start() < q.end()
                        && q.start() < c.end()) {
                    overlapping.add(c.id());
                    scored.add(new Scored(score(view, terms, index.terms(c.text())), true, c, null));
                }
            }
        }
        for (MatchIndex.Candidate candidate : view.candidates(terms, q.claimId(), config.candidates())) {
            IndexedClaim c = candidate.claim();
            double score = score(view, terms, index.terms(c.text()));
            if (!overlapping.contains(c.id()) && score >= config.relatedThreshold()) {
                scored.add(new Scored(score, false, c, null));
            }
        }
        for (MatchIndex.LibraryCandidate candidate : view.libraryCandidates(terms, config.libraryCandidates())) {
            IndexedLibraryEntry e = candidate.entry();
            double score = score(view, terms, index.terms(e.text()));
            if (score >= config.relatedThreshold()) {
                scored.add(new Scored(score, false, null, e));
            }
        }
        scored.sort(Comparator.comparing(Scored::overlap).thenComparingDouble(Scored::score).reversed());
        // The guards read figures, dates and words of each side: only for the matches listed.
        Guards.Reading reading = Guards.read(q.text(), q.language(), q.date());
        List<MatchView> out = new ArrayList<>();
        for (Scored s : scored.subList(0, Math.min(scored.size(), config.maxResults()))) {
            out.add(s.claim() != null ? match(s.score(), reading, s.claim(), s.overlap())
                    : match(s.score(), reading, s.entry()));
        }
        return out;
    }

    /** A candidate scored, before the guards: a claim or a library entry. */
    private record Scored(double score, boolean overlap, IndexedClaim claim, IndexedLibraryEntry entry) {
    }

    private MatchView match(double score, Guards.Reading reading, IndexedClaim c, boolean overlap) {
        List<String> differences = Guards.differences(reading,
                Guards.read(c.text(), c.language(), c.articleDate()));
        boolean same = score >= config.sameThreshold() && differences.isEmpty();
        return new MatchView(MatchIndex.CLAIM, c.id(), Math.round(score * 1000) / 1000.0, same, differences,
                c.statement(), c.claimant(), c.verdict(), c.state(), "/claims/" + c.id(), c.publishedAt(), c.where(),
                c.articleId(), overlap);
    }

    /** A library entry as a match: its claim text, its verdict, its review (URL, date, reviewer). */
    private MatchView match(double score, Guards.Reading reading, IndexedLibraryEntry e) {
        List<String> differences = Guards.differences(reading, Guards.read(e.text(), e.language(), e.claimDate()));
        boolean same = score >= config.sameThreshold() && differences.isEmpty();
        Instant published = e.reviewDate() == null ? null : e.reviewDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        return new MatchView(MatchIndex.LIBRARY, e.id(), Math.round(score * 1000) / 1000.0, same, differences,
                e.claimText(), e.claimant(), e.ratingText(), null, e.reviewUrl(), published, e.where(), null, false);
    }

    /**
     * Dice's coefficient over the two texts' analysed terms, each weighed by its BM25 idf: twice the weight
     * of the terms both have, over the weight of each side's terms. 1 when the terms are the same, 0 when
     * none is shared; a shared rare word counts more than a shared common one.
     */
    static double score(MatchIndex.View view, Set<String> a, Set<String> b) {
        double shared = 0;
        double total = 0;
        for (String t : a) {
            double w = view.idf(t);
            total += w;
            if (b.contains(t)) {
                shared += w;
            }
        }
        for (String t : b) {
            total += view.idf(t);
        }
        return total == 0 ? 0 : 2 * shared / total;
    }
}
