package io.factdesk.claim;

import io.factdesk.account.User;
import io.factdesk.article.Article;
import io.factdesk.article.ArticleService;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Limits;
import io.factdesk.system.PageCache;
import io.factdesk.system.PageResult;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import io.factdesk.system.QueryParams;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
@Transactional
public class ClaimService {

    /** A new claim: where it stands (position and/or quote) and what it says. */
    public record NewClaim(Integer start, Integer end, String exact, String prefix, String suffix, String statement,
            String claimant, String claimantType, String claimDate, String firstAppearance, String topic) {
    }

    /**
     * An edit of a claim's fields; a null Optional leaves the field alone, an empty one clears it.
     */
    public record ClaimEdit(Optional<String> statement, Optional<String> claimant, Optional<String> claimantType,
            Optional<String> claimDate, Optional<String> firstAppearance, Optional<String> topic,
            Optional<String> assignee, Long version) {

        boolean changesFields() {
            return statement != null || claimant != null || claimantType != null || claimDate != null
                    || firstAppearance != null || topic != null;
        }
    }

    /**
     * Filters of the claim search; null means any. {@code hasFigure}: whether the quote holds a figure;
     * {@code datesFrom}/{@code datesTo}: the quote names a date or period with a day in that range (both
     * included; either side may be open).
     */
    public record Filter(Long article, ClaimState state, Long topic, Long verdict, String assignee, String q,
            Boolean hasFigure, LocalDate datesFrom, LocalDate datesTo) {

        /** The same filter in one state ({@code null}: any). */
        public Filter inState(ClaimState only) {
            return new Filter(article, only, topic, verdict, assignee, q, hasFigure, datesFrom, datesTo);
        }

        boolean readsQuotes() {
            return hasFigure != null || datesFrom != null || datesTo != null;
        }
    }

    /** The people and the verdict a claim view shows, fetched with the claim rather than one by one. */
    static final String OPTIONAL_FETCHES = " left join fetch c.assignee left join fetch c.verdict"
            + " left join fetch c.submittedBy";

    /** The most ids {@link #byIds} binds one by one; a workboard shows 150 cards, a search page at most 200. */
    static final int MAX_LISTED_IDS = 256;

    /** The longest first-appearance address accepted. */
    static final int MAX_URL = Limits.URL;

    /** How many places of an ambiguous quote a refusal lists. */
    static final int MAX_CANDIDATES = 20;

    @Inject
    ArticleService articles;

    @Inject
    AuditLog audit;

    @Inject
    Assignments assignments;

    @Inject
    EntityManager em;

    @Inject
    ClaimReadings readings;

    @Inject
    PageCache pages;

    /** A count under a filter, kept in {@link PageCache} until the chain head moves. */
    private record Counted(Object value) implements PageCache.Part {
        @Override
        public long weight() {
            return 256;
        }
    }

    public Claim mark(long articleId, NewClaim in, User actor) {
        // Locked like a new version locks it (ArticleVersions.add): a claim is marked on the version it read,
        // never on a body a concurrent new version is replacing without re-anchoring the claim.
        Article article = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (article == null) {
            throw ProblemException.notFound("Article", articleId);
        }
        FieldChecks checks = new FieldChecks();
        checks.text("statement", in.statement(), FieldChecks.Text.STATEMENT)
                .text("claimant", in.claimant(), FieldChecks.Text.CLAIMANT);
        ClaimantType claimantType = claimantType(in.claimantType(), checks);
        LocalDate claimDate = checks.date("claimDate", in.claimDate(), "Claim date");
        checkFirstAppearance(in.firstAppearance(), checks);
        Topic topic = topic(in.topic(), checks, true);
        TextAnchor anchor = null;
        try {
            anchor = Anchoring.resolve(article.body, in.start(), in.end(), in.exact(), in.prefix(), in.suffix());
        } catch (AnchorException e) {
            checks.add(e.field(), e.getMessage());
            if (e.reason() == AnchorException.Reason.AMBIGUOUS) {
                throw new ProblemException(422, "ambiguous-quote", "The quote stands more than once",
                        e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())),
                        Map.of("candidateCount", e.candidates().size(), "candidates",
                                e.candidates().subList(0, Math.min(MAX_CANDIDATES, e.candidates().size()))));
            }
        }
        checks.throwIfAny();

        Claim claim = new Claim();
        claim.article = article;
        claim.start = anchor.start();
        claim.end = anchor.end();
        claim.exact = anchor.exact();
        claim.prefix = anchor.prefix();
        claim.suffix = anchor.suffix();
        claim.statement = FieldChecks.trimToNull(in.statement());
        claim.claimant = FieldChecks.trimToNull(in.claimant());
        claim.claimantType = claimantType;
        claim.claimDate = claimDate;
        claim.firstAppearance = FieldChecks.trimToNull(in.firstAppearance());
        claim.topic = topic;
        claim.state = ClaimState.NEW;
        claim.createdAt = Instant.now();
        claim.updatedAt = claim.createdAt;
        claim.createdBy = actor;
        claim.markedVersion = article.currentVersion;
        claim.persist();
        ClaimAnchor.of(claim.id, claim.markedVersion, claim.start, claim.end, claim.exact, ClaimAnchor.MARKED, null)
                .persist();
        readings.record(claim);
        audit.record(EventType.CLAIM_CREATED, actor, article.id, claim.id, Map.of(), snapshot(claim), null);
        return claim;
    }

    public Claim edit(long id, ClaimEdit edit, User actor) {
        Claim claim = get(id);
        ProblemException.checkVersion(edit.version(), claim.version, "Claim " + id);
        if (edit.assignee() != null) {
            reassign(id, edit.assignee().orElse(null), edit.version(), actor);
        }
        if (!edit.changesFields()) {
            return claim;
        }
        claim.requireEditable("its fields");
        FieldChecks checks = new FieldChecks();
        String statement = edit.statement() == null ? claim.statement : edit.statement().orElse(null);
        String claimant = edit.claimant() == null ? claim.claimant : edit.claimant().orElse(null);
        checks.text("statement", statement, FieldChecks.Text.STATEMENT).text("claimant", claimant, FieldChecks.Text.CLAIMANT);
        ClaimantType claimantType = edit.claimantType() == null ? claim.claimantType
                : claimantType(edit.claimantType().orElse(null), checks);
        LocalDate claimDate = edit.claimDate() == null ? claim.claimDate
                : checks.date("claimDate", edit.claimDate().orElse(null), "Claim date");
        String firstAppearance = edit.firstAppearance() == null ? claim.firstAppearance
                : edit.firstAppearance().orElse(null);
        checkFirstAppearance(firstAppearance, checks);
        Topic topic = edit.topic() == null ? claim.topic : topic(edit.topic().orElse(null), checks, true);
        checks.throwIfAny();
        Map<String, Object> before = fields(claim);
        claim.statement = FieldChecks.trimToNull(statement);
        claim.claimant = FieldChecks.trimToNull(claimant);
        claim.claimantType = claimantType;
        claim.claimDate = claimDate;
        claim.firstAppearance = FieldChecks.trimToNull(firstAppearance);
        claim.topic = topic;
        Map<String, Object> after = fields(claim);
        if (AuditLog.keepChanges(before, after)) {
            claim.updatedAt = Instant.now();
            audit.record(EventType.CLAIM_EDITED, actor, claim.article.id, claim.id, before, after, null);
        }
        return claim;
    }

    /** The editable fields as the history records them. */
    private static Map<String, Object> fields(Claim c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("statement", c.statement);
        fields.put("claimant", c.claimant);
        fields.put("claimantType", claimantTypeId(c.claimantType));
        fields.put("claimDate", c.claimDate == null ? null : c.claimDate.toString());
        fields.put("firstAppearance", c.firstAppearance);
        fields.put("topic", c.topic.name);
        return fields;
    }

    /** How the API, the forms and the history write a claimant type: {@code person}, {@code organization} or null. */
    public static String claimantTypeId(ClaimantType type) {
        return type == null ? null : type.name().toLowerCase(Locale.ROOT);
    }

    /** A claimant type as sent; blank means nobody has said. */
    private static ClaimantType claimantType(String value, FieldChecks checks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<ClaimantType> type = ClaimantType.parse(value);
        if (type.isEmpty()) {
            checks.add("claimantType", "Unknown claimant type '" + value.strip() + "': use one of "
                    + String.join(", ", Arrays.stream(ClaimantType.values()).map(ClaimService::claimantTypeId)
                            .toList())
                    + ", or leave it empty.");
        }
        return type.orElse(null);
    }

    /** Where the claim was first made: an absolute http(s) address, or nothing. */
    private static void checkFirstAppearance(String url, FieldChecks checks) {
        checks.maxLength("firstAppearance", url == null ? null : url.strip(), MAX_URL, "First appearance")
                .httpUrl("firstAppearance", url, "First appearance");
    }

    /** The claim as created: its fields, its state and its anchor. */
    private static Map<String, Object> snapshot(Claim c) {
        Map<String, Object> snapshot = fields(c);
        snapshot.put("state", c.state.name());
        snapshot.put("exact", c.exact);
        snapshot.put("start", c.start);
        snapshot.put("end", c.end);
        snapshot.put("prefix", c.prefix);
        snapshot.put("suffix", c.suffix);
        return snapshot;
    }

    /** Gives the claim to someone (null: to nobody), if {@link Assignments#mayAssign} lets the actor. */
    public Claim reassign(long claimId, String username, Long version, User actor) {
        Claim claim = get(claimId);
        ProblemException.checkVersion(version, claim.version, "Claim " + claimId);
        claim.requireNotPublished();
        User assignee = username == null || username.isBlank() ? null : Assignments.user(username, "assignee");
        Assignments.check(actor, claim.assignee, assignee);
        assignments.assign(claim, assignee, actor);
        claim.updatedAt = Instant.now();
        return claim;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Claim get(long id) {
        return em.createQuery("select c from Claim c join fetch c.topic join fetch c.article join fetch c.createdBy"
                + OPTIONAL_FETCHES + " where c.id = :id", Claim.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("Claim", id));
    }

    /** The claims of one article in reading order, with their topics (one query), read-only: for showing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> ofArticle(long articleId) {
        return em.createQuery("select c from Claim c join fetch c.topic join fetch c.createdBy" + OPTIONAL_FETCHES
                + " where c.article.id = :a"
                + " order by c.start, c.end desc, c.id", Claim.class).setParameter("a", articleId)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Claim> search(Filter f, PageResult.Request paging) {
        readingsFor(f);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        long total = counted(List.of("total", f), () -> {
            TypedQuery<Long> count = em.createQuery("select count(c) from Claim c" + where, Long.class);
            params.forEach(count::setParameter);
            return count.getSingleResult();
        });
        return new PageResult<>(find(f, paging), paging.page(), paging.size(), total);
    }

    /**
     * {@code count()} as of the current chain head, kept until a change moves it (PageCache): the board
     * and the search count 50,000 claims once per change, not once per view. Inside a transaction
     * (which may hold changes of its own, not yet committed) it is always read.
     */
    @SuppressWarnings("unchecked")
    private <T> T counted(Object key, Supplier<T> count) {
        if (QuarkusTransaction.isActive()) {
            return count.get();
        }
        return (T) pages.get(new PageCache.Key("claim-count", key), head -> new Counted(count.get())).value();
    }

    /** One page of the claims the filter matches, newest first, without counting them all (two queries). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> find(Filter f, PageResult.Request paging) {
        return byIds(findIds(f, paging));
    }

    /**
     * The ids of one page of the claims the filter matches, newest first. Paging over ids alone lets
     * the database walk an index ({@code claim (state, id)}) and stop after the page, where a page of
     * joined rows would be joined and sorted whole first (docs/benchmarks.md).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> findIds(Filter f, PageResult.Request paging) {
        readingsFor(f);
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params);
        TypedQuery<Long> select = em.createQuery("select c.id from Claim c" + where + " order by " + newestFirst(f),
                Long.class);
        params.forEach(select::setParameter);
        return select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size()).getResultList();
    }

    /**
     * Newest first, led by the columns the filter fixes that an index starts with ({@code claim (state,
     * topic_id, id)}, {@code claim (state, id)}). Sorting on a column that holds one
     * value changes nothing, but it tells H2 that the index is already in this order, so it reads the
     * index backwards and stops after the page instead of sorting every match (PostgreSQL sees that by
     * itself).
     */
    private static String newestFirst(Filter f) {
        String lead = (f.state() != null ? "c.state desc, " : "") + (f.topic() != null ? "c.topic.id desc, " : "");
        return lead + "c.id desc";
    }

    /**
     * The claims with these ids in the order given, each with what a list or a card shows (one query),
     * read-only: they are shown, not changed, so Hibernate keeps no copy to compare at flush.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Claim> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> found = new HashMap<>();
        String select = "select c from Claim c join fetch c.topic join fetch c.article join fetch c.createdBy"
                + OPTIONAL_FETCHES + " where c.id in ";
        TypedQuery<Claim> query;
        if (ids.size() > MAX_LISTED_IDS) {
            query = em.createQuery(select + ":ids", Claim.class).setParameter("ids", ids);
        } else {
            // One named parameter per id, their number rounded up to a power of two (the last id repeated):
            // Hibernate keeps a query without list parameters translated, where it translates a query
            // with a list parameter anew on every call (a third of a workboard's time, profiled).
            int slots = Math.max(8, Integer.highestOneBit(ids.size() - 1) << 1);
            StringBuilder in = new StringBuilder("(");
            for (int i = 0; i < slots; i++) {
                in.append(i == 0 ? ":id0" : ", :id" + i);
            }
            query = em.createQuery(select + in + ")", Claim.class);
            for (int i = 0; i < slots; i++) {
                query.setParameter("id" + i, ids.get(Math.min(i, ids.size() - 1)));
            }
        }
        query.setHint(HibernateHints.HINT_READ_ONLY, true).getResultList().forEach(c -> found.put(c.id, c));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** How many claims match the filter in each state (the filter's own state is ignored). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<ClaimState, Long> countByState(Filter f) {
        readingsFor(f);
        Filter anyState = f.inState(null);
        return counted(List.of("by state", anyState), () -> {
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(anyState, params);
            TypedQuery<Object[]> query = em.createQuery("select c.state, count(c) from Claim c" + where
                    + " group by c.state", Object[].class);
            params.forEach(query::setParameter);
            Map<ClaimState, Long> byState = new java.util.EnumMap<>(ClaimState.class);
            query.getResultList().forEach(row -> byState.put((ClaimState) row[0], (Long) row[1]));
            return Collections.unmodifiableMap(byState);
        });
    }

    /** A filter on what quotes say needs every claim's reading: the first such search may wait for them. */
    private void readingsFor(Filter f) {
        if (f.readsQuotes()) {
            readings.ensureCurrent();
        }
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (f.article() != null) {
            where.append(" and c.article.id = :article");
            params.put("article", f.article());
        }
        if (f.state() != null) {
            where.append(" and c.state = :state");
            params.put("state", f.state());
        }
        if (f.topic() != null) {
            where.append(" and c.topic.id = :topic");
            params.put("topic", f.topic());
        }
        if (f.verdict() != null) {
            where.append(" and c.verdict.id = :verdict");
            params.put("verdict", f.verdict());
        }
        if (f.assignee() != null && !f.assignee().isBlank()) {
            if (f.assignee().equals("none")) {
                where.append(" and c.assignee is null");
            } else {
                where.append(" and c.assignee.username = :assignee");
                params.put("assignee", f.assignee().strip());
            }
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(c.statement) like :q or lower(c.exact) like :q or lower(c.claimant) like :q)");
            params.put("q", "%" + f.q().strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.hasFigure() != null) {
            where.append(f.hasFigure() ? " and" : " and not").append(" exists (select 1 from ClaimReading r"
                    + " where r.claimId = c.id and r.figures > 0)");
        }
        if (f.datesFrom() != null || f.datesTo() != null) {
            where.append(" and exists (select 1 from ClaimReadingDate d where d.claimId = c.id");
            if (f.datesFrom() != null) {
                where.append(" and d.lastDay >= :datesFrom");
                params.put("datesFrom", f.datesFrom());
            }
            if (f.datesTo() != null) {
                where.append(" and d.firstDay <= :datesTo");
                params.put("datesTo", f.datesTo());
            }
            where.append(")");
        }
        return where.toString();
    }

    /** Finds a topic by id or by name (case-insensitive); the claim's topic is required. */
    Topic topic(String ref, FieldChecks checks, boolean required) {
        if (ref == null || ref.isBlank()) {
            if (required) {
                checks.add("topic", "Topic is required: one of " + topicNames() + ".");
            }
            return null;
        }
        Optional<Topic> found = ref.strip().matches("\\d+")
                ? QueryParams.id(ref).flatMap(id -> Topic.<Topic>findByIdOptional(id))
                : Topic.byName(ref);
        if (found.isEmpty() || found.get().retired) {
            checks.add("topic", "Unknown topic '" + ref + "': use one of " + topicNames() + ".");
            return null;
        }
        return found.get();
    }

    private static String topicNames() {
        List<String> names = new ArrayList<>();
        Topic.active().forEach(t -> names.add(t.name));
        return String.join(", ", names);
    }
}
