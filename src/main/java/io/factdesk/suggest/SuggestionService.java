package io.factdesk.suggest;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Topic;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The claim suggestions of an article over the API (docs/api.md, "Suggestions"), and their
 * dismissals.
 *
 * <p>What the engine reads ({@link Suggester}) depends only on the body, its language and publication
 * date, and the body never changes: it is computed once per article and body hash and kept in memory
 * (Caffeine, bounded by weight, least recently used first), never per request. What changes is
 * added per request with two small queries: which claim already covers each sentence, which
 * suggestions are dismissed; and the proposed topic, from the desk's active topics and their keywords
 * (keyword matching, microseconds), so that renaming or retiring a topic, or editing its keywords, shows at
 * once: the kept suggestions hold no topic, so no key needs the keywords.
 *
 * <p>A claim <em>covers</em> a suggestion ({@code claimed}) when its anchor overlaps more than half of
 * the sentence's code points, whatever the claim's state; of several, the one overlapping most (then the
 * oldest).
 */
@ApplicationScoped
public class SuggestionService {

    /** An article's body as the engine read it: the hash makes a (never expected) new body a new key. */
    record Key(long articleId, String bodySha256) {
    }

    /** The engine with the configured threshold ({@link SuggestionsConfig}), made once at start. */
    private Suggester suggester;

    /** Kept suggestions, weighed roughly in characters, up to {@link SuggestionsConfig#cacheMaxWeight}. */
    private AsyncCache<Key, List<Suggestion>> read;

    @Inject
    EntityManager em;

    @Inject
    ArticleService articles;

    @Inject
    AuditLog audit;

    @Inject
    SuggestionsConfig config;

    /** The cache at its configured size; a threshold outside 0 to 1 (everything or nothing) is refused at start. */
    @PostConstruct
    void configure() {
        read = Caffeine.newBuilder().maximumWeight(config.cacheMaxWeight())
                .weigher((Key k, List<Suggestion> v) -> weight(v)).buildAsync();
        suggester = config.threshold().map(t -> {
            if (!(t >= 0 && t <= 1)) {
                throw new IllegalStateException("factdesk.suggestions.threshold must be between 0 and 1, not " + t);
            }
            return new Suggester(t);
        }).orElseGet(Suggester::new);
    }

    /** The threshold in use: the configured one, or the one learned with the weights. */
    public double threshold() {
        return suggester.threshold();
    }

    /**
     * The suggestions of an article in text order; {@code dismissed} null for all of them, true or
     * false for only the dismissed or only the others. 404 when there is no such article.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuggestionView> list(long articleId, Boolean dismissed) {
        Article article = articles.get(articleId);
        List<Suggestion> suggestions = suggestionsOf(article);
        List<long[]> claims = claimsOf(articleId);
        Set<Long> dismissedPlaces = dismissedOf(articleId);
        List<Topics.TopicKeywords> topics = topicKeywords();
        List<SuggestionView> out = new ArrayList<>(suggestions.size());
        for (Suggestion s : suggestions) {
            boolean isDismissed = dismissedPlaces.contains(place(s.start(), s.end()));
            if (dismissed == null || dismissed == isDismissed) {
                out.add(view(s, claims, isDismissed, topics));
            }
        }
        return out;
    }

    /**
     * Dismisses the suggestion at {@code start}–{@code end}: remembered and recorded in the history
     * (SUGGESTION_DISMISSED). Dismissing a dismissed suggestion changes nothing and records nothing.
     * 404 for no article; 422 naming {@code start} or {@code end} when no suggestion is there.
     */
    @Transactional
    public SuggestionView dismiss(long articleId, Integer start, Integer end, User actor) {
        Article article = articles.get(articleId);
        Suggestion s = find(article, start, end);
        if (dismissal(articleId, s) == null) {
            SuggestionDismissal d = new SuggestionDismissal();
            d.articleId = articleId;
            d.start = s.start();
            d.end = s.end();
            d.dismissedAt = Instant.now();
            d.dismissedBy = actor;
            d.persist();
            audit.record(EventType.SUGGESTION_DISMISSED, actor, articleId, null, Map.of(), recorded(s), null);
        }
        return view(s, claimsOf(articleId), true, topicKeywords());
    }

    /**
     * Brings a dismissed suggestion back, recorded in the history (SUGGESTION_RESTORED); one that is not
     * dismissed stays as it is and nothing is recorded. Refusals as for {@link #dismiss}.
     */
    @Transactional
    public SuggestionView restore(long articleId, Integer start, Integer end, User actor) {
        Article article = articles.get(articleId);
        Suggestion s = find(article, start, end);
        int deleted = em.createQuery("delete from SuggestionDismissal d where d.articleId = :a and d.start = :s"
                + " and d.end = :e").setParameter("a", articleId).setParameter("s", s.start())
                .setParameter("e", s.end()).executeUpdate();
        if (deleted > 0) {
            audit.record(EventType.SUGGESTION_RESTORED, actor, articleId, null, recorded(s), Map.of(), null);
        }
        return view(s, claimsOf(articleId), false, topicKeywords());
    }

    /** The engine's suggestions for the article's body: computed by the first asker, kept for the others. */
    List<Suggestion> suggestionsOf(Article article) {
        Key key = new Key(article.id, article.bodySha256);
        CompletableFuture<List<Suggestion>> mine = new CompletableFuture<>();
        CompletableFuture<List<Suggestion>> kept = read.asMap().putIfAbsent(key, mine);
        if (kept != null) {
            try {
                return kept.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        // Computed here, on the asking thread (which can read the body), outside any lock of the cache;
        // a failure completes the future exceptionally, and Caffeine then drops the entry.
        try {
            String body = em.createQuery("select a.body from Article a where a.id = :id", String.class)
                    .setParameter("id", article.id).getSingleResult();
            List<Suggestion> computed = List.copyOf(suggester.suggest(body, article.language, article.publishedAt,
                    List.of()));
            mine.complete(computed);
            return computed;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private Suggestion find(Article article, Integer start, Integer end) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (start == null) {
            errors.add(new Problem.FieldError("start", "start is required: where the suggested sentence starts"
                    + " (code points)."));
        }
        if (end == null) {
            errors.add(new Problem.FieldError("end", "end is required: where the suggested sentence ends"
                    + " (code points, excluded)."));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        List<Suggestion> suggestions = suggestionsOf(article);
        List<Suggestion> starting = suggestions.stream().filter(s -> s.start() == start).toList();
        if (starting.isEmpty()) {
            throw ProblemException.invalid("start", "No suggestion of article " + article.id + " starts at " + start
                    + ": use the start and end of one listed by GET /api/articles/" + article.id + "/suggestions.");
        }
        return starting.stream().filter(s -> s.end() == end).findFirst()
                .orElseThrow(() -> ProblemException.invalid("end", "The suggestion of article " + article.id
                        + " that starts at " + start + " ends at " + starting.get(0).end() + ", not " + end + "."));
    }

    private SuggestionDismissal dismissal(long articleId, Suggestion s) {
        return em.createQuery("select d from SuggestionDismissal d where d.articleId = :a and d.start = :s"
                + " and d.end = :e", SuggestionDismissal.class).setParameter("a", articleId)
                .setParameter("s", s.start()).setParameter("e", s.end()).getResultStream().findFirst().orElse(null);
    }

    /** Each claim of the article as {id, start, end}, oldest first. */
    private List<long[]> claimsOf(long articleId) {
        return em.createQuery("select c.id, c.start, c.end from Claim c where c.article.id = :a order by c.id",
                Object[].class).setParameter("a", articleId).getResultStream()
                .map(r -> new long[] { (Long) r[0], (Integer) r[1], (Integer) r[2] }).toList();
    }

    private Set<Long> dismissedOf(long articleId) {
        Set<Long> places = new HashSet<>();
        em.createQuery("select d.start, d.end from SuggestionDismissal d where d.articleId = :a", Object[].class)
                .setParameter("a", articleId).getResultStream()
                .forEach(r -> places.add(place((Integer) r[0], (Integer) r[1])));
        return places;
    }

    /**
     * The desk's active topics with the keywords editors keep on them (a retired topic is never
     * proposed). Read on every request, never cached with the suggestions: a change shows at once.
     */
    private static List<Topics.TopicKeywords> topicKeywords() {
        return Topic.active().stream().map(t -> new Topics.TopicKeywords(t.name, t.keywordList())).toList();
    }

    /** The suggestion with the topic proposed now; when there is one, its keywords close the reasons. */
    private static SuggestionView view(Suggestion s, List<long[]> claims, boolean dismissed,
            List<Topics.TopicKeywords> topics) {
        Topics.Proposal topic = Topics.propose(s.exact(), topics);
        Suggestion shown = s;
        if (topic.topic() != null) {
            List<String> reasons = new ArrayList<>(s.reasons());
            reasons.add("topic: " + topic.topic() + " (" + topic.why() + ")");
            shown = new Suggestion(s.start(), s.end(), s.exact(), s.score(), reasons, topic.topic(), topic.why(),
                    s.claimant(), s.figures(), s.dates(), s.clauses());
        }
        return SuggestionView.of(shown, topic.topic(), coveringClaim(s, claims), dismissed);
    }

    /** The claim whose anchor overlaps more than half of the sentence, the largest overlap first, then the oldest. */
    static Long coveringClaim(Suggestion s, List<long[]> claims) {
        Long best = null;
        long bestOverlap = 0;
        for (long[] c : claims) {
            long overlap = Math.min(c[2], s.end()) - Math.max(c[1], s.start());
            if (overlap * 2 > s.end() - s.start() && overlap > bestOverlap) {
                best = c[0];
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /** What the history records of a suggestion: its place and its words. */
    private static Map<String, Object> recorded(Suggestion s) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("start", s.start());
        fields.put("end", s.end());
        fields.put("exact", s.exact());
        return fields;
    }

    private static long place(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int weight(List<Suggestion> suggestions) {
        long w = 64;
        for (Suggestion s : suggestions) {
            w += 200 + s.exact().length() + 100L * (s.figures().size() + s.dates().size() + s.reasons().size())
                    + s.clauses().stream().mapToLong(c -> 40 + c.exact().length()).sum();
        }
        return (int) Math.min(Integer.MAX_VALUE, w);
    }
}
