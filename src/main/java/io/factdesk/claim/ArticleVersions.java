package io.factdesk.claim;

import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleCheck;
import io.factdesk.article.ArticleFetch;
import io.factdesk.article.ArticleImport;
import io.factdesk.article.ArticleService;
import io.factdesk.article.ArticleVersion;
import io.factdesk.article.FetchedPage;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Hashes;
import io.factdesk.system.Limits;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Versions of an article's text and what they do to its claims (docs/text-and-anchors.md, "Versions"):
 * a new version re-anchors every claim with {@link Reanchoring}, stores each claim's anchor and outcome,
 * and records one event per claim and one for the version, all in one transaction. Also the two ways a
 * flag is resolved: placing the claim by hand, and the editor's confirmation (docs/review.md).
 */
@ApplicationScoped
@Transactional
public class ArticleVersions {

    /** A new version as asked: the text as {@code body} or {@code html}, a note, the version it replaces. */
    public record NewVersion(String body, String html, String note, Integer version) {
    }

    /** Where a claim stood in the version before. */
    public record Previous(int version, int start, int end, String exact) {
    }

    /** What one claim became. */
    public record Placed(Claim claim, Reanchoring.Placement placement, Previous previous) {
    }

    /** The answer to a new version: {@code unchanged} when the text was the latest version's. */
    public record Added(ArticleVersion version, boolean unchanged, List<Placed> claims) {
    }

    @Inject
    EntityManager em;

    @Inject
    ArticleService articles;

    @Inject
    ClaimReadings readings;

    @Inject
    AuditLog audit;

    public Added add(long articleId, NewVersion in, User actor) {
        checkNote(in.note());
        String text = articles.versionText(in.body(), in.html());
        Article article = lockCurrent(articleId, in.version());
        ArticleVersion latest = version(articleId, article.currentVersion);
        if (sameText(latest, text)) {
            return new Added(latest, true, List.of());
        }
        return store(article, latest, text, ArticleVersion.Source.PASTE, in.note(), null, actor);
    }

    /**
     * A version from a page fetched again ({@link UpdateChecks} fetches it outside any transaction): the page's
     * main text, read as an import reads it. The same text as the latest version writes nothing but the check's
     * time ({@link ArticleCheck}); new text is a version with source FETCH, the page kept with it, and its event
     * naming the page. {@code actor} is null for a scheduled check (the system).
     */
    public Added addFetched(long articleId, FetchedPage page, ArticleImport.Page extracted, String note,
            Integer version, User actor) {
        checkNote(note);
        String text = articles.fetchedText(extracted);
        Article article = lockCurrent(articleId, version);
        ArticleVersion latest = version(articleId, article.currentVersion);
        if (sameText(latest, text)) {
            ArticleCheck.record(articleId, page.fetchedAt(), ArticleCheck.Outcome.UNCHANGED, null);
            return new Added(latest, true, List.of());
        }
        Fetch fetch = new Fetch(page, extracted.metadata().modifiedAt());
        return store(article, latest, text, ArticleVersion.Source.FETCH, note, fetch, actor);
    }

    /** The page a check for updates fetches: the address of the article's latest kept page, and its version. */
    public record FetchTarget(String url, int currentVersion) {
    }

    /**
     * Where to check an article for updates: 404 for no such article; 422 naming {@code fetch} for one that was
     * pasted or uploaded (no page to check).
     */
    public FetchTarget fetchTarget(long articleId) {
        Article article = articles.get(articleId);
        ArticleFetch last = article.importedAs == Article.ImportedAs.URL ? articles.fetchOf(articleId) : null;
        if (last == null) {
            String message = "This article was pasted or uploaded: there is no page to check.";
            throw new ProblemException(422, "not-fetched", "No page to check", message,
                    List.of(new Problem.FieldError("fetch", message)), null);
        }
        return new FetchTarget(last.url, article.currentVersion);
    }

    /**
     * Each outcome's count among the claims placed in version {@code number} of an article (UNCHANGED, MOVED,
     * CHANGED, ORPHANED), for the reader's message after a check for updates.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> outcomes(long articleId, int number) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select a.outcome, count(a) from ClaimAnchor a, Claim c"
                + " where a.claimId = c.id and c.article.id = :article and a.version = :number group by a.outcome",
                Object[].class).setParameter("article", articleId).setParameter("number", number).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A check for updates that could not fetch the page: kept as the article's last check, not as history. */
    public void checkFailed(long articleId, Instant at, String error) {
        ArticleCheck.record(articleId, at, ArticleCheck.Outcome.FAILED, error);
    }

    /** A page fetched for a new version, with the page's own date of its last change. */
    private record Fetch(FetchedPage page, LocalDate pageModified) {
    }

    private static void checkNote(String note) {
        FieldChecks checks = new FieldChecks();
        checks.maxLength("note", note, Limits.VERSION_NOTE, "The note");
        checks.throwIfAny();
    }

    private static boolean sameText(ArticleVersion latest, String text) {
        return Hashes.sha256(text).equals(latest.bodySha256) && text.equals(latest.body);
    }

    /** The article, its row locked for the transaction; 409 when {@code version} is given and not its latest. */
    private Article lockCurrent(long articleId, Integer version) {
        Article article = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw ProblemException.notFound("Article", articleId);
        }
        if (version != null && version != article.currentVersion) {
            throw staleVersion(articleId, article.currentVersion, version);
        }
        return article;
    }

    /** 409 stale-version: the client saw version {@code seen}, the article is at {@code current}. */
    public static ProblemException staleVersion(long articleId, int current, int seen) {
        return new ProblemException(409, "stale-version", "The article has a newer version",
                "Article " + articleId + " is at version " + current + ", not " + seen
                        + ": compare your text with the latest version and send it again.",
                null, Map.of("currentVersion", current));
    }

    /** Stores {@code text} as the version after {@code latest} and re-anchors every claim of the article. */
    private Added store(Article article, ArticleVersion latest, String text, ArticleVersion.Source source,
            String note, Fetch fetch, User actor) {
        long articleId = article.id;
        String sha = Hashes.sha256(text);
        String oldBody = latest.body;
        ArticleVersion v = new ArticleVersion();
        v.articleId = articleId;
        v.number = latest.number + 1;
        v.body = text;
        v.bodySha256 = sha;
        v.bodyLength = text.codePointCount(0, text.length());
        v.source = source;
        v.note = FieldChecks.trimToNull(note);
        v.createdAt = Instant.now();
        v.createdBy = actor;
        v.persist();
        article.body = text;
        article.bodySha256 = sha;
        article.bodyLength = v.bodyLength;
        article.currentVersion = v.number;
        article.currentVersionAt = v.createdAt;

        List<Claim> claims = em.createQuery("select c from Claim c where c.article.id = :a order by c.id", Claim.class)
                .setParameter("a", articleId).getResultList();
        // A claim that stands in the latest version is placed from it; an ORPHANED one keeps the anchor it had
        // in the last version it stood in, so it is placed from that version's text, not from the latest's.
        Map<Integer, List<Claim>> byOrigin = new TreeMap<>();
        Map<Long, Integer> origin = new HashMap<>();
        for (Claim c : claims) {
            int from = c.anchored() ? latest.number : lastStood(c, latest.number);
            origin.put(c.id, from);
            byOrigin.computeIfAbsent(from, k -> new ArrayList<>()).add(c);
        }
        Map<Long, Reanchoring.Placement> byClaim = new LinkedHashMap<>();
        byOrigin.forEach((from, group) -> {
            String fromBody = from == latest.number ? oldBody : version(articleId, from).body;
            List<Reanchoring.Anchor> anchors = group.stream()
                    .map(c -> new Reanchoring.Anchor(c.id, c.start, c.end, c.exact, c.prefix, c.suffix)).toList();
            for (Reanchoring.Placement p : Reanchoring.place(fromBody, text, anchors)) {
                byClaim.put(p.claimId(), p);
            }
        });
        List<Placed> placed = new ArrayList<>();
        List<AuditLog.Pending> events = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Claim c : claims) {
            Reanchoring.Placement p = byClaim.get(c.id);
            if (p == null) {
                p = new Reanchoring.Placement(c.id, Reanchoring.Outcome.ORPHANED, null, null, null, 0, List.of(),
                        List.of());
            }
            int from = origin.get(c.id);
            Previous previous = new Previous(from, c.start, c.end, c.exact);
            Map<String, Object> before = anchorFields(from, c.start, c.end, c.exact);
            before.put("outcome", c.anchorOutcome == null ? null : c.anchorOutcome.name());
            before.put("flagged", c.anchorFlagged);
            boolean lost = p.outcome() == Reanchoring.Outcome.ORPHANED || p.start() == null || p.end() == null;
            if (!lost) {
                place(c, text, p.start(), p.end());
            }
            c.anchorOutcome = lost ? Reanchoring.Outcome.ORPHANED : p.outcome();
            if (c.anchorOutcome == Reanchoring.Outcome.CHANGED || c.anchorOutcome == Reanchoring.Outcome.ORPHANED) {
                c.anchorFlagged = true;
            }
            ClaimAnchor.of(c.id, v.number, lost ? null : c.start, lost ? null : c.end, lost ? null : c.exact,
                    c.anchorOutcome.name(), p.score()).persist();
            Map<String, Object> after = lost ? anchorFields(v.number, null, null, null)
                    : anchorFields(v.number, c.start, c.end, c.exact);
            after.put("outcome", c.anchorOutcome.name());
            after.put("score", Math.round(p.score() * 1000) / 1000.0);
            after.put("flagged", c.anchorFlagged);
            after.put("figureChanges", p.figureChanges() == null ? List.of() : p.figureChanges());
            if (!lost) {
                after.put("prefix", c.prefix);
                after.put("suffix", c.suffix);
            }
            counts.merge(c.anchorOutcome.name(), 1, Integer::sum);
            events.add(new AuditLog.Pending(EventType.CLAIM_REANCHORED, actor, articleId, c.id, before, after, null));
            placed.add(new Placed(c, p, previous));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("version", v.number);
        after.put("bodySha256", v.bodySha256);
        after.put("bodyLength", v.bodyLength);
        after.put("source", v.source.name());
        after.put("claims", counts);
        if (fetch != null) {
            ArticleFetch kept = articles.keepPage(article, v.number, fetch.page(), fetch.pageModified());
            ArticleCheck.record(articleId, fetch.page().fetchedAt(), ArticleCheck.Outcome.NEW_VERSION, null);
            after.put("fetch", ArticleService.fetchFields(kept));
        }
        events.add(new AuditLog.Pending(EventType.ARTICLE_VERSION_ADDED, actor, articleId, null,
                Map.of("version", latest.number, "bodySha256", latest.bodySha256), after, v.note));
        // One flush for all of them: an event each, flushed one by one, grew with the square of the claims.
        audit.recordAll(events);
        return new Added(v, false, placed);
    }

    /**
     * Places a claim by hand in its article's current version: {@code version} must be that version's
     * number; the exact text is taken from the body. Clears the flag, unless the claim needs an editor's
     * decision (APPROVED or PUBLISHED: its verdict was given on other text).
     */
    public ClaimView placeByHand(long claimId, Integer start, Integer end, Integer version, User actor) {
        Claim c = claim(claimId);
        Article article = c.article;
        FieldChecks checks = new FieldChecks();
        if (version == null) {
            checks.add("version", "version is required: the number of the article version the positions are in.");
        }
        if (start == null || end == null) {
            checks.add("position", "start and end are both required.");
        }
        checks.throwIfAny();
        if (version != article.currentVersion) {
            throw new ProblemException(409, "stale-version", "The article has a newer version",
                    "Claim " + claimId + " can be placed only in version " + article.currentVersion
                            + " of its article, the current one, not in version " + version + ".",
                    null, Map.of("currentVersion", article.currentVersion));
        }
        if (c.needsDecision() && !actor.can(Role.EDITOR)) {
            throw ProblemException.forbidden("Claim " + claimId + " is " + c.state
                    + ": only an editor may place it, since its verdict was given on other text.");
        }
        int length = article.body.codePointCount(0, article.body.length());
        if (start < 0 || end <= start || end > length) {
            throw ProblemException.invalid("position", "Need 0 ≤ start < end ≤ " + length
                    + " (the length of version " + version + " in code points).");
        }
        Map<String, Object> before = c.anchored() ? anchorFields(version, c.start, c.end, c.exact)
                : anchorFields(version, null, null, null);
        before.put("outcome", c.anchorOutcome == null ? null : c.anchorOutcome.name());
        before.put("flagged", c.anchorFlagged);
        place(c, article.body, start, end);
        if (c.anchorOutcome == Reanchoring.Outcome.ORPHANED) {
            c.anchorOutcome = Reanchoring.Outcome.CHANGED; // it stands again, on text chosen by hand
        }
        if (!c.needsDecision()) {
            c.anchorFlagged = false;
        }
        ClaimAnchor row = ClaimAnchor.find("claimId = ?1 and version = ?2", c.id, version).firstResult();
        if (row == null) {
            ClaimAnchor.of(c.id, version, c.start, c.end, c.exact, ClaimAnchor.PLACED, null).persist();
        } else {
            row.start = c.start;
            row.end = c.end;
            row.exact = c.exact;
            row.outcome = ClaimAnchor.PLACED;
            row.score = null;
        }
        c.updatedAt = Instant.now();
        Map<String, Object> after = anchorFields(version, c.start, c.end, c.exact);
        after.put("prefix", c.prefix);
        after.put("suffix", c.suffix);
        after.put("outcome", ClaimAnchor.PLACED);
        after.put("flagged", c.anchorFlagged);
        audit.record(EventType.CLAIM_ANCHORED, actor, article.id, c.id, before, after, null);
        return ClaimView.of(c);
    }

    /**
     * The editor's decision on a flagged claim, or on a published claim whose article changed after it was
     * checked: the verdict still holds for the current text. The note is required and kept in the history;
     * a published claim is then checked on the current version ({@link Claim#checkedVersion}).
     */
    public ClaimView confirm(long claimId, String decision, String note, Long claimVersion, User actor) {
        Claim c = claim(claimId);
        if (!actor.can(Role.EDITOR)) {
            throw ProblemException.forbidden("Only an editor may decide on a claim whose text changed.");
        }
        FieldChecks checks = new FieldChecks();
        if (decision == null || decision.isBlank()) {
            checks.add("decision", "decision is required: confirm (to reopen the claim, use its transitions).");
        } else if (!decision.equals("confirm")) {
            checks.add("decision", "decision must be confirm; to reopen the claim, use its transitions.");
        }
        if (note == null || note.isBlank()) {
            checks.add("note", "A note is required: say why the verdict still holds for the new text.");
        }
        checks.text("note", note, FieldChecks.Text.MOVE_NOTE);
        checks.throwIfAny();
        if (claimVersion != null) {
            ProblemException.checkVersion(claimVersion, c.version, "Claim " + claimId);
        }
        if (!c.anchorFlagged && !c.checkedOnOlderText()) {
            throw new ProblemException(409, "no-decision-needed", "Nothing to decide",
                    "Claim " + claimId + " is not flagged: its text did not change since it was last checked.", null,
                    Map.of("anchorOutcome", c.anchorOutcome == null ? "" : c.anchorOutcome.name()));
        }
        if (!c.anchored()) {
            throw new ProblemException(409, "orphaned", "The claim's text is gone",
                    "Claim " + claimId + " no longer stands in the article: place it by hand first, or reopen it.",
                    null, Map.of("anchorOutcome", c.anchorOutcome.name()));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("outcome", c.anchorOutcome == null ? null : c.anchorOutcome.name());
        before.put("flagged", c.anchorFlagged);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decision", "confirm");
        after.put("version", c.article.currentVersion);
        after.put("exact", c.exact);
        after.put("flagged", false);
        if (c.state == ClaimState.PUBLISHED) {
            // The fact-check is now about the current text: readers are no longer told it changed after the check.
            before.put("checkedVersion", c.checkedVersion);
            after.put("checkedVersion", c.article.currentVersion);
            c.checkedVersion = c.article.currentVersion;
        }
        c.anchorFlagged = false;
        c.updatedAt = Instant.now();
        audit.record(EventType.ANCHOR_CONFIRMED, actor, c.article.id, c.id, before, after, note.strip());
        return ClaimView.of(c);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleVersion> list(long articleId) {
        articles.get(articleId);
        return ArticleVersion.list("articleId = ?1 order by number", articleId);
    }

    /** One version of an article; 404 when the article or the version does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleVersion get(long articleId, int number) {
        articles.get(articleId);
        ArticleVersion v = ArticleVersion.find("articleId = ?1 and number = ?2", articleId, number).firstResult();
        if (v == null) {
            throw ProblemException.notFound("Version", number + " of article " + articleId);
        }
        return v;
    }

    /** A claim's anchor in each version, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimAnchor> anchors(long claimId) {
        return ClaimAnchor.list("claimId = ?1 order by version", claimId);
    }

    /** Where the article's claims stood in version {@code number}: one row per claim it had then, by claim. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClaimAnchor> anchorsIn(long articleId, int number) {
        return em.createQuery("select a from ClaimAnchor a where a.version = :v and a.claimId in "
                + "(select c.id from Claim c where c.article.id = :a) order by a.claimId", ClaimAnchor.class)
                .setParameter("v", number).setParameter("a", articleId).getResultList();
    }

    /**
     * Places a claim may be put in the current version, computed now (they are not stored): {@code from} is the
     * last version before the current one in which the claim stood, {@code candidates} best first.
     */
    public record Candidates(Integer from, int to, List<Reanchoring.Candidate> candidates) {
    }

    /**
     * The places {@link Reanchoring} finds for the claim in the current version, from its words in the last
     * earlier version it stood in: the candidates of an ORPHANED placement, or else the one place it finds. None
     * when the claim stood in no earlier version (it was marked on the current one).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Candidates candidates(long claimId) {
        Claim c = claim(claimId);
        int current = c.article.currentVersion;
        ClaimAnchor last = null;
        for (ClaimAnchor a : anchors(claimId)) {
            if (a.version < current && a.start != null && a.end != null) {
                last = a;
            }
        }
        if (last == null) {
            return new Candidates(null, current, List.of());
        }
        ArticleVersion before = version(c.article.id, last.version);
        Reanchoring.Placement p = Reanchoring.place(before.body, c.article.body,
                List.of(new Reanchoring.Anchor(c.id, last.start, last.end, last.exact, null, null))).get(0);
        List<Reanchoring.Candidate> found = p.outcome() == Reanchoring.Outcome.ORPHANED || p.start() == null
                ? (p.candidates() == null ? List.of() : p.candidates())
                : List.of(new Reanchoring.Candidate(p.start(), p.end(), p.exact(), p.score()));
        return new Candidates(last.version, current, found);
    }

    /**
     * The last version before {@code latest} in which an ORPHANED claim stood: the claim row still holds its
     * anchor there. The version it was marked on when no anchor row says more.
     */
    private int lastStood(Claim c, int latest) {
        ClaimAnchor stood = ClaimAnchor.find("claimId = ?1 and version < ?2 and start is not null order by version desc",
                c.id, latest + 1).firstResult();
        return stood != null ? stood.version : c.markedVersion;
    }

    private ArticleVersion version(long articleId, int number) {
        ArticleVersion v = ArticleVersion.find("articleId = ?1 and number = ?2", articleId, number).firstResult();
        if (v == null) {
            throw new IllegalStateException("Article " + articleId + " has no version " + number);
        }
        return v;
    }

    private Claim claim(long id) {
        Claim c = Claim.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Claim", id);
        }
        return c;
    }

    /** Moves the claim's anchor to start..end of the body, its text, context and reading taken from there. */
    private void place(Claim c, String body, int start, int end) {
        TextAnchor anchor = Anchoring.resolve(body, start, end, null, null, null);
        // The stored reading (counts of figures, date ranges) depends on the words only, not on where they stand.
        boolean textChanged = !anchor.exact().equals(c.exact);
        c.start = anchor.start();
        c.end = anchor.end();
        c.exact = anchor.exact();
        c.prefix = anchor.prefix();
        c.suffix = anchor.suffix();
        if (textChanged) {
            readings.reread(c);
        }
    }

    private static Map<String, Object> anchorFields(int version, Integer start, Integer end, String exact) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", version);
        m.put("start", start);
        m.put("end", end);
        m.put("exact", exact);
        return m;
    }
}
