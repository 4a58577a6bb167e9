package io.factdesk.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factdesk.article.Article;
import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.AuditHead;
import io.factdesk.audit.EventData;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Claim;
import io.factdesk.claim.ClaimState;
import io.factdesk.claim.RatingLabel;
import io.factdesk.figures.QuoteReading;
import io.factdesk.history.HistoryService;
import io.factdesk.source.Evidence;
import io.factdesk.source.Source;
import io.factdesk.system.ChainHead;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hibernate.jpa.HibernateHints;

/**
 * Builds the {@link Report} of an article or of a selection of claims. Whatever the number of claims
 * and sources it runs the same eight queries: the chain head, the organisation, the rating scale,
 * the claims (with topic and verdict), their evidence (with sources), their articles, when each of
 * the articles' versions was made (for the notice that an article changed after a claim was checked)
 * and the events the corrections log is read from. The figures and dates of each claim are read from its quote in
 * memory ({@link QuoteReading#of}), with its article's language and publication date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportService {

    /** How many claims a selection may name; an article's report holds all of its claims. */
    public static final int MAX_SELECTION = 1000;

    private static final Set<ClaimState> PUBLIC_STATES = EnumSet.of(ClaimState.PUBLISHED);
    private static final Set<ClaimState> ALL_STATES = EnumSet.allOf(ClaimState.class);

    @Inject
    EntityManager em;

    @Inject
    HistoryService history;

    @Inject
    AuditHead chainHead;

    @Inject
    ObjectMapper json;

    /** The claims a report is made of: the condition on {@code c} (a Claim) and its parameter. */
    private record Selection(String where, String parameter, Object value) {
    }

    /**
     * The report of one article.
     *
     * @param publicOnly true for the public report (PUBLISHED claims only)
     * @param baseUrl    where the public pages are served, without a trailing slash
     */
    public Report ofArticle(long articleId, boolean publicOnly, String baseUrl) {
        return ofArticle(articleId, publicOnly, baseUrl, chainHead.current());
    }

    /** The report of one article as of {@code head}, read just before (its corrections log stops there). */
    public Report ofArticle(long articleId, boolean publicOnly, String baseUrl, ChainHead.At head) {
        Article article = em.find(Article.class, articleId);
        if (article == null) {
            throw ProblemException.notFound("Article", articleId);
        }
        List<Claim> claims = claims(new Selection("c.article.id = :a", "a", articleId), publicOnly);
        return build(head, List.of(article), claims, new Selection("c.article.id = :a", "a", articleId), publicOnly,
                article.title, baseUrl);
    }

    /** The report of a selection of claims, in the order of their articles and then reading order. */
    public Report ofClaims(Collection<Long> claimIds, boolean publicOnly, String baseUrl) {
        return ofClaims(claimIds, publicOnly, baseUrl, chainHead.current());
    }

    /** The report of a selection as of {@code head}, read just before. */
    public Report ofClaims(Collection<Long> claimIds, boolean publicOnly, String baseUrl, ChainHead.At head) {
        if (claimIds.isEmpty()) {
            throw ProblemException.invalid("claims", "Name at least one claim.");
        }
        if (claimIds.size() > MAX_SELECTION) {
            throw ProblemException.invalid("claims", "A report of a selection holds at most " + MAX_SELECTION
                    + " claims; this one names " + claimIds.size() + ". Export the article's report instead.");
        }
        Selection selection = new Selection("c.id in :ids", "ids", new ArrayList<>(new LinkedHashSet<>(claimIds)));
        List<Claim> claims = claims(selection, publicOnly);
        Set<Long> articleIds = new LinkedHashSet<>();
        claims.forEach(c -> articleIds.add(c.article.id));
        List<Article> articles = articleIds.isEmpty() ? List.of()
                : em.createQuery("select a from Article a where a.id in :ids order by a.id", Article.class)
                        .setParameter("ids", articleIds).getResultList();
        String title = articles.size() == 1 ? articles.get(0).title
                : claims.size() + (claims.size() == 1 ? " claim" : " claims") + " from " + articles.size()
                        + (articles.size() == 1 ? " article" : " articles");
        return build(head, articles, claims, selection, publicOnly, title, baseUrl);
    }

    /** Whether the article has a published fact-check: one query, asked before rendering its public report. */
    public boolean hasPublished(long articleId) {
        return !em.createQuery("select c.id from Claim c where c.article.id = :a and c.state = :s", Long.class)
                .setParameter("a", articleId).setParameter("s", ClaimState.PUBLISHED).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Whether the claim exists and is published: one query, asked before rendering its public page. */
    public boolean isPublished(long claimId) {
        return !em.createQuery("select c.id from Claim c where c.id = :id and c.state = :s", Long.class)
                .setParameter("id", claimId).setParameter("s", ClaimState.PUBLISHED).getResultList().isEmpty();
    }

    /** The rating scale with each label's colour, for the public pages and share cards: one query. */
    public VerdictScale verdictScale() {
        return new VerdictScale(RatingLabel.scale(true).stream()
                .map(l -> new VerdictScale.Label(l.label, l.rating, l.colour, l.retired)).toList());
    }

    private List<Claim> claims(Selection selection, boolean publicOnly) {
        TypedQuery<Claim> query = em.createQuery("select c from Claim c join fetch c.topic left join fetch c.verdict"
                + " where " + selection.where() + " and c.state in :states order by c.article.id, c.start, c.end desc,"
                + " c.id", Claim.class);
        return query.setParameter(selection.parameter(), selection.value())
                .setParameter("states", publicOnly ? PUBLIC_STATES : ALL_STATES).getResultList();
    }

    private Report build(ChainHead.At head, List<Article> articles, List<Claim> claims, Selection selection,
            boolean publicOnly, String title, String baseUrl) {
        Set<ClaimState> states = publicOnly ? PUBLIC_STATES : ALL_STATES;
        Organisation org = Organisation.current();
        List<RatingLabel> scale = RatingLabel.scale(true);
        IntSummaryStatistics numbers = scale.stream().filter(l -> l.rating != null)
                .mapToInt(l -> l.rating).summaryStatistics();
        Map<Long, List<Report.ReportSource>> sources = claims.isEmpty() ? Map.of()
                : sources(selection, states, publicOnly);
        Map<Long, List<Report.Correction>> corrections = claims.isEmpty() ? Map.of()
                : corrections(claims.stream().map(c -> c.id).toList(), head.seq());
        Map<Long, Map<Integer, Instant>> versions = claims.isEmpty() ? Map.of() : versionTimes(articles);

        List<Report.ReportClaim> items = new ArrayList<>(claims.size());
        List<Report.Correction> log = new ArrayList<>();
        Map<Long, Integer> byVerdict = new HashMap<>();
        Map<ClaimState, Integer> byState = new LinkedHashMap<>();
        Arrays.stream(ClaimState.values()).forEach(s -> byState.put(s, 0));
        int withoutVerdict = 0;
        Set<Long> withPublished = new LinkedHashSet<>();
        Map<Long, Article> byId = new HashMap<>();
        articles.forEach(a -> byId.put(a.id, a));
        for (Claim c : claims) {
            byState.merge(c.state, 1, Integer::sum);
            Report.Verdict verdict = null;
            if (c.verdict == null) {
                withoutVerdict++;
            } else {
                byVerdict.merge(c.verdict.id, 1, Integer::sum);
                boolean numbered = c.verdict.rating != null;
                verdict = new Report.Verdict(c.verdict.label, c.verdict.rating, numbered ? numbers.getMax() : null,
                        numbered ? numbers.getMin() : null, c.verdict.description);
            }
            boolean published = c.state == ClaimState.PUBLISHED;
            // Read in memory from the quote, once per claim and build (the build is cached per head): no query.
            Article article = byId.get(c.article.id);
            QuoteReading read = QuoteReading.of(c.exact, c.start, article.language, article.publishedAt);
            if (published) {
                withPublished.add(c.article.id);
            }
            items.add(new Report.ReportClaim(c.id, c.article.id, c.state.name(), c.topic.name,
                    new Report.Quote(c.exact, c.prefix, c.suffix), c.statement, c.claimant,
                    c.claimantType == null ? null : c.claimantType.schemaType(), c.claimDate, c.firstAppearance,
                    verdict, c.rationale, published ? c.publishedAt : null,
                    published ? PublicLinks.claim(baseUrl, c.id) : null, sources.getOrDefault(c.id, List.of()),
                    read.figures(), read.dates(), checkedVersion(c, published, versions, baseUrl),
                    articleChanged(c, versions)));
            corrections.getOrDefault(c.id, List.of()).forEach(x -> log.add(x.about(c.statement, !publicOnly)));
        }
        log.sort((a, b) -> a.republishedAt().compareTo(b.republishedAt()));

        List<Report.Count> verdictCounts = new ArrayList<>();
        List<Report.ScaleLabel> definitions = new ArrayList<>();
        for (RatingLabel label : scale) {
            int count = byVerdict.getOrDefault(label.id, 0);
            if (count > 0) {
                verdictCounts.add(new Report.Count(label.label, count));
            }
            if (!label.retired || count > 0) {
                definitions.add(new Report.ScaleLabel(label.label, label.rating, label.description));
            }
        }
        List<Report.Count> stateCounts = publicOnly ? List.of()
                : byState.entrySet().stream().map(e -> new Report.Count(e.getKey().name(), e.getValue())).toList();
        Report.Summary summary = new Report.Summary(claims.size(), verdictCounts, withoutVerdict, stateCounts);

        List<Report.ArticleInfo> articleInfos = articles.stream().map(a -> new Report.ArticleInfo(a.id, a.title, a.url,
                a.publisher, a.author, a.publishedAt, a.language,
                withPublished.contains(a.id) ? PublicLinks.article(baseUrl, a.id) : null)).toList();
        // Until an admin gives the organisation's own address, its fact-checks are found at the desk's public
        // URL: ClaimReview's author needs a url, and every format says the same.
        Report.OrganisationInfo organisation = new Report.OrganisationInfo(org.name,
                org.url != null ? org.url : baseUrl, org.methodology, org.correctionsPolicy);
        return new Report(Report.SCHEMA_VERSION, publicOnly ? "public" : "internal", title,
                new Report.Generated(Instant.now(), head.hash(), head.seq()), organisation, articleInfos, summary,
                items, log, definitions);
    }

    /**
     * When each version of the articles was made, by article and number: one query, without the bodies.
     * Every version is there, so the first one after a claim's check is found whatever came later.
     */
    private Map<Long, Map<Integer, Instant>> versionTimes(List<Article> articles) {
        Map<Long, Map<Integer, Instant>> byArticle = new HashMap<>();
        if (articles.isEmpty()) {
            return byArticle;
        }
        List<Object[]> rows = em.createQuery("select v.articleId, v.number, v.createdAt from ArticleVersion v"
                + " where v.articleId in :ids", Object[].class)
                .setParameter("ids", articles.stream().map(a -> a.id).toList()).getResultList();
        for (Object[] row : rows) {
            byArticle.computeIfAbsent((Long) row[0], id -> new HashMap<>()).put((Integer) row[1], (Instant) row[2]);
        }
        return byArticle;
    }

    /** The version the claim was checked on, linked to its public page only where readers are sent there. */
    private static Report.CheckedVersion checkedVersion(Claim c, boolean published,
            Map<Long, Map<Integer, Instant>> versions, String baseUrl) {
        if (c.checkedVersion == null) {
            return null;
        }
        Instant at = versions.getOrDefault(c.article.id, Map.of()).get(c.checkedVersion);
        return new Report.CheckedVersion(c.checkedVersion, at,
                published && c.checkedVersion < c.article.currentVersion
                        ? PublicLinks.version(baseUrl, c.article.id, c.checkedVersion) : null);
    }

    /** The first version after the one the claim was checked on, or null when the article has not changed since. */
    private static Report.ArticleChange articleChanged(Claim c, Map<Long, Map<Integer, Instant>> versions) {
        if (c.checkedVersion == null || c.checkedVersion >= c.article.currentVersion) {
            return null;
        }
        int next = c.checkedVersion + 1;
        return new Report.ArticleChange(next, versions.getOrDefault(c.article.id, Map.of()).get(next),
                c.article.currentVersion);
    }

    /** A public report leaves out the desk's own grading of its sources. */
    private Map<Long, List<Report.ReportSource>> sources(Selection selection, Set<ClaimState> states,
            boolean publicOnly) {
        List<Evidence> evidence = em.createQuery("select e from Evidence e join fetch e.source join e.claim c where "
                + selection.where() + " and c.state in :states order by e.createdAt, e.id", Evidence.class)
                .setParameter(selection.parameter(), selection.value()).setParameter("states", states).getResultList();
        Map<Long, List<Report.ReportSource>> byClaim = new HashMap<>();
        for (Evidence e : evidence) {
            Source s = e.source;
            byClaim.computeIfAbsent(e.claim.id, id -> new ArrayList<>()).add(new Report.ReportSource(s.id, s.title,
                    s.publisher, s.author, s.url, s.archivedUrl, s.publishedAt, s.accessedAt,
                    s.type == null ? null : s.type.label(),
                    s.reliability == null || publicOnly ? null : s.reliability.name(),
                    e.stance == null ? null : e.stance.id(), e.excerpt, e.note));
        }
        return byClaim;
    }

    /**
     * Reads each claim's state changes and verdicts up to {@code headSeq}, so that the log matches the
     * chain head the report prints: a correction is a move out of PUBLISHED (with its note) followed by
     * a move back to it; the verdicts before and after are those in force at the two moves.
     */
    private Map<Long, List<Report.Correction>> corrections(List<Long> claimIds, long headSeq) {
        // The claims' ids as a list, the head and the order applied here: with a subquery, or with
        // "seq <= head" in the query, H2 walks every event of the chain instead of each claim's own.
        List<AuditEvent> events = new ArrayList<>(em.createQuery("select e from AuditEvent e where e.claimId in :ids"
                + " and e.type in :types", AuditEvent.class).setParameter("ids", claimIds)
                .setParameter("types", List.of(EventType.TRANSITION.name(), EventType.VERDICT_SET.name()))
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList());
        events.removeIf(e -> e.seq > headSeq);
        events.sort(Comparator.comparingLong(e -> e.seq));
        Map<Long, ClaimFold> folds = new HashMap<>();
        Map<Long, List<Report.Correction>> result = new HashMap<>();
        for (AuditEvent event : events) {
            EventData data = EventData.of(event, json);
            ClaimFold fold = folds.computeIfAbsent(event.claimId, id -> new ClaimFold());
            if (EventType.VERDICT_SET.name().equals(event.type)) {
                fold.verdict = text(data.after().get("verdict"));
                continue;
            }
            String from = text(data.before().get("state"));
            String to = text(data.after().get("state"));
            if (ClaimState.PUBLISHED.name().equals(from)) {
                fold.open = new Report.Correction(event.claimId, null, event.occurredAt, null, data.comment(),
                        fold.verdict, null, data.actor());
            } else if (ClaimState.PUBLISHED.name().equals(to) && fold.open != null) {
                Report.Correction open = fold.open;
                result.computeIfAbsent(event.claimId, id -> new ArrayList<>()).add(new Report.Correction(open.claimId(),
                        null, open.reopenedAt(), event.occurredAt, open.note(),
                        open.verdictBefore(), fold.verdict, open.reopenedBy()));
                fold.open = null;
            }
        }
        return result;
    }

    /** What the events of one claim have said so far. */
    private static final class ClaimFold {
        String verdict;
        Report.Correction open;
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
