package io.factdesk.source;

import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.ClaimState;
import io.factdesk.system.FieldChecks;
import io.factdesk.system.Hashes;
import io.factdesk.system.PageResult;
import io.factdesk.system.Problem;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The source library: adding a source (once per normalised address), editing, searching. */
@ApplicationScoped
@Transactional
public class SourceService {

    static final int TITLE_MAX = FieldChecks.Text.SOURCE_TITLE.max();
    static final int NAME_MAX = FieldChecks.Text.SOURCE_NAME.max();

    /** A source as a request or a form gives it; dates as YYYY-MM-DD, type and reliability by name. */
    public record SourceInput(String url, String title, String publisher, String author, String publishedAt,
            String accessedAt, String archivedUrl, String type, String reliability) {

        public boolean isEmpty() {
            return FieldChecks.trimToNull(url) == null && FieldChecks.trimToNull(title) == null
                    && FieldChecks.trimToNull(publisher) == null && FieldChecks.trimToNull(author) == null
                    && FieldChecks.trimToNull(publishedAt) == null && FieldChecks.trimToNull(archivedUrl) == null;
        }
    }

    /** An edit: a null Optional leaves the field alone, an empty one clears it. */
    public record SourceEdit(Optional<String> url, Optional<String> title, Optional<String> publisher,
            Optional<String> author, Optional<String> publishedAt, Optional<String> accessedAt,
            Optional<String> archivedUrl, Optional<String> type, Optional<String> reliability, Long version) {
    }

    /** Filters of the library search; null means any. {@code q}: words of the title, publisher or address. */
    public record Filter(String q, SourceType type) {
    }

    /** A source in a list and how many claims cite it. */
    public record Listed(Source source, long citations) {
    }

    /** The result of {@link #addOrReuse}: the source, and whether it was in the library already. */
    public record Resolved(Source source, boolean reused) {
    }

    /** What a valid input amounts to. */
    record Checked(String url, String normalizedUrl, String title, String publisher, String author,
            LocalDate publishedAt, LocalDate accessedAt, String archivedUrl, SourceType type,
            Reliability reliability) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /**
     * Adds a source to the library. When the library holds its normalised address already: 409
     * {@code duplicate-source}, with the existing source in {@code existing}.
     */
    public Source create(SourceInput in, User actor) {
        FieldChecks checks = new FieldChecks();
        Checked c = check(in, "", true, checks);
        checks.throwIfAny();
        Optional<Source> existing = byNormalizedUrl(c.normalizedUrl());
        if (existing.isPresent()) {
            throw duplicate(existing.get(), "url");
        }
        return insert(c, actor);
    }

    /**
     * For a source given inline with evidence, once {@link #check} accepted it: the library's source
     * of that address when there is one (its fields are kept as they are), otherwise a new one.
     */
    Resolved addOrReuse(Checked c, User actor) {
        Optional<Source> existing = byNormalizedUrl(c.normalizedUrl());
        return existing.map(s -> new Resolved(s, true)).orElseGet(() -> new Resolved(insert(c, actor), false));
    }

    /** Validates an input as a whole, so that every field error is reported at once. */
    Checked check(SourceInput in, String prefix, boolean creating, FieldChecks checks) {
        String url = FieldChecks.trimToNull(in.url());
        String normalized = null;
        String urlRefusal = SourceUrl.refusal(url, "URL");
        if (urlRefusal != null) {
            checks.add(prefix + "url", urlRefusal);
        } else if (url.codePointCount(0, url.length()) > SourceUrl.MAX_LENGTH) {
            checks.add(prefix + "url", "URL must be at most " + SourceUrl.MAX_LENGTH + " characters.");
        } else {
            normalized = SourceUrl.normalize(url);
        }
        String archived = FieldChecks.trimToNull(in.archivedUrl());
        if (archived != null) {
            String refusal = SourceUrl.refusal(archived, "Archived copy URL");
            if (refusal != null) {
                checks.add(prefix + "archivedUrl", refusal);
            }
            checks.maxLength(prefix + "archivedUrl", archived, SourceUrl.MAX_LENGTH, "Archived copy URL");
        }
        String title = FieldChecks.trimToNull(in.title());
        checks.require(prefix + "title", title, "Title")
                .maxLength(prefix + "title", title, TITLE_MAX, "Title")
                .maxLength(prefix + "publisher", in.publisher(), NAME_MAX, "Publisher")
                .maxLength(prefix + "author", in.author(), NAME_MAX, "Author");
        LocalDate published = checks.date(prefix + "publishedAt", in.publishedAt(), "Publication date");
        LocalDate accessed = checks.date(prefix + "accessedAt", in.accessedAt(), "Access date");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (FieldChecks.trimToNull(in.accessedAt()) == null) {
            if (creating) {
                accessed = today;
            } else {
                checks.add(prefix + "accessedAt", "Access date is required: the day the source was read.");
            }
        }
        // One day of tolerance: the newsroom may be ahead of UTC.
        if (accessed != null && accessed.isAfter(today.plusDays(1))) {
            checks.add(prefix + "accessedAt", "Access date cannot be in the future.");
        }
        if (published != null && published.isAfter(today.plusDays(1))) {
            checks.add(prefix + "publishedAt", "Publication date cannot be in the future.");
        }
        SourceType type = enumValue(in.type(), creating ? SourceType.OTHER : null, SourceType::parse,
                prefix + "type", "Type", SourceType.names(), checks);
        Reliability reliability = enumValue(in.reliability(), creating ? Reliability.F : null, Reliability::parse,
                prefix + "reliability", "Reliability", Reliability.names(), checks);
        return new Checked(url, normalized, title, FieldChecks.trimToNull(in.publisher()),
                FieldChecks.trimToNull(in.author()), published, accessed, archived, type, reliability);
    }

    private static <E> E enumValue(String value, E missing, java.util.function.Function<String, Optional<E>> parse,
            String field, String label, String names, FieldChecks checks) {
        if (FieldChecks.trimToNull(value) == null) {
            if (missing == null) {
                checks.add(field, label + " is required: one of " + names + ".");
            }
            return missing;
        }
        Optional<E> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            checks.add(field, label + " must be one of " + names + ", not '" + value.strip() + "'.");
        }
        return parsed.orElse(null);
    }

    private Source insert(Checked c, User actor) {
        Source s = new Source();
        apply(s, c);
        s.createdAt = Instant.now();
        s.updatedAt = s.createdAt;
        s.createdBy = actor;
        try {
            s.persist();
            em.flush();
        } catch (PersistenceException e) {
            throw raceOn(e);
        }
        audit.record(EventType.SOURCE_CREATED, actor, null, null, Map.of(), fields(s), null);
        return s;
    }

    private static void apply(Source s, Checked c) {
        s.url = c.url();
        s.normalizedUrl = c.normalizedUrl();
        s.urlKey = Hashes.sha256(c.normalizedUrl());
        s.title = c.title();
        s.publisher = c.publisher();
        s.author = c.author();
        s.publishedAt = c.publishedAt();
        s.accessedAt = c.accessedAt();
        s.archivedUrl = c.archivedUrl();
        s.type = c.type();
        s.reliability = c.reliability();
    }

    /**
     * Edits a source. It names the version it started from; a source cited by a published claim is
     * part of that published fact-check and cannot change until the claim is reopened.
     */
    public Source edit(long id, SourceEdit edit, User actor) {
        Source s = get(id);
        ProblemException.checkVersion(edit.version(), s.version, "Source " + id);
        List<Long> published = em.createQuery("select e.claim.id from Evidence e where e.source.id = :id"
                + " and e.claim.state = :published order by e.claim.id", Long.class)
                .setParameter("id", id).setParameter("published", ClaimState.PUBLISHED).getResultList();
        if (!published.isEmpty()) {
            throw new ProblemException(409, "source-cited-by-published-claim", "Cited by a published fact-check",
                    "Source " + id + " is cited by published claim" + (published.size() == 1 ? " " : "s ")
                            + published.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("")
                            + ": it cannot change until " + (published.size() == 1 ? "that claim is" : "they are")
                            + " reopened for a correction.",
                    null, Map.of("claims", published));
        }
        SourceInput merged = new SourceInput(value(edit.url(), s.url), value(edit.title(), s.title),
                value(edit.publisher(), s.publisher), value(edit.author(), s.author),
                value(edit.publishedAt(), s.publishedAt), value(edit.accessedAt(), s.accessedAt),
                value(edit.archivedUrl(), s.archivedUrl), value(edit.type(), s.type),
                value(edit.reliability(), s.reliability));
        FieldChecks checks = new FieldChecks();
        Checked c = check(merged, "", false, checks);
        checks.throwIfAny();
        if (!c.normalizedUrl().equals(s.normalizedUrl)) {
            Optional<Source> other = byNormalizedUrl(c.normalizedUrl());
            if (other.isPresent() && !other.get().id.equals(s.id)) {
                throw duplicate(other.get(), "url");
            }
        }
        Map<String, Object> before = fields(s);
        apply(s, c);
        s.updatedAt = Instant.now();
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw raceOn(e);
        }
        Map<String, Object> after = fields(s);
        if (AuditLog.keepChanges(before, after)) {
            audit.record(EventType.SOURCE_EDITED, actor, null, null, before, after, null);
        }
        return s;
    }

    private static String value(Optional<String> change, Object current) {
        if (change == null) {
            return current == null ? null : current.toString();
        }
        return change.orElse(null);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Source get(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Source", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Source> find(long id) {
        return em.createQuery("select s from Source s join fetch s.createdBy where s.id = :id", Source.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Source> byNormalizedUrl(String normalizedUrl) {
        return em.createQuery("select s from Source s join fetch s.createdBy where s.urlKey = :key", Source.class)
                .setParameter("key", Hashes.sha256(normalizedUrl)).getResultStream().findFirst();
    }

    /** The library, newest first; {@code q} searches title, publisher and address. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<Listed> search(Filter f, PageResult.Request paging) {
        StringBuilder where = new StringBuilder(" from Source s where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" and (lower(s.title) like :q escape '!' or lower(s.publisher) like :q escape '!'"
                    + " or lower(s.url) like :q escape '!')");
            params.put("q", "%" + likeEscaped(f.q().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.type() != null) {
            where.append(" and s.type = :type");
            params.put("type", f.type());
        }
        TypedQuery<Object[]> select = em.createQuery("select s, (select count(e) from Evidence e where e.source = s)"
                + where.toString().replace(" from Source s", " from Source s join fetch s.createdBy")
                + " order by s.createdAt desc, s.id desc", Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(s)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        return new PageResult<>(rows.stream().map(r -> new Listed((Source) r[0], (Long) r[1])).toList(),
                paging.page(), paging.size(), count.getSingleResult());
    }

    /** Every claim that cites the source, by article and then by position in it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceView.Citation> citations(long sourceId) {
        return em.createQuery("select e from Evidence e join fetch e.claim c join fetch c.article a"
                + " where e.source.id = :id order by a.id, c.start, c.id", Evidence.class)
                .setParameter("id", sourceId).getResultStream()
                .map(e -> new SourceView.Citation(e.id, e.claim.id, e.claim.article.id, e.claim.article.title,
                        e.claim.statement, e.claim.exact, e.claim.state, e.stance, e.excerpt))
                .toList();
    }

    /** The sources offered by the evidence form's picker: the most recently added first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SourceView.Choice> choices(String q, int limit) {
        return search(new Filter(q, null), PageResult.Request.of(0, limit)).items().stream()
                .map(l -> SourceView.Choice.of(l.source())).toList();
    }

    /** The source as an audit event's before/after map. */
    static Map<String, Object> fields(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sourceId", s.id);
        m.put("url", s.url);
        m.put("title", s.title);
        m.put("publisher", s.publisher);
        m.put("author", s.author);
        m.put("publishedAt", s.publishedAt == null ? null : s.publishedAt.toString());
        m.put("accessedAt", s.accessedAt == null ? null : s.accessedAt.toString());
        m.put("archivedUrl", s.archivedUrl);
        m.put("type", s.type.name());
        m.put("reliability", s.reliability.name());
        return m;
    }

    static ProblemException duplicate(Source existing, String field) {
        String message = "A source with this address exists: “" + existing.title + "” (source " + existing.id
                + "). Use it instead of adding a duplicate.";
        return new ProblemException(409, "duplicate-source", "The source is in the library already", message,
                List.of(new Problem.FieldError(field, message)),
                Map.of("existing", SourceView.Existing.of(existing)));
    }

    /** A unique index refused a row that the checks before it let through: another request was faster. */
    static ProblemException raceOn(PersistenceException e) {
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("source_url_key_uq")) {
            return new ProblemException(409, "duplicate-source", "The source is in the library already",
                    "A source with this address was added at the same moment. Search the library and use it.",
                    List.of(new Problem.FieldError("url", "A source with this address exists.")), null);
        }
        if (lower.contains("evidence_claim_source_uq")) {
            return new ProblemException(409, "duplicate-evidence", "The source is linked already",
                    "This source was linked to the claim at the same moment.", null, null);
        }
        throw e;
    }

    private static String likeEscaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
