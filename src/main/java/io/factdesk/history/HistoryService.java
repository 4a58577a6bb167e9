package io.factdesk.history;

import io.factdesk.audit.AuditEvent;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.claim.Claim;
import io.factdesk.system.PageResult;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the history: a claim's timeline, the desk's filtered log, and the whole chain page by page
 * for verification and export. Writing is {@link AuditLog}'s alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HistoryService {

    /** Events per page when the whole chain is walked (verification, export). */
    static final int PAGE = 1000;

    /**
     * Filters of the desk's history; null means any. {@code types} null means every type the reader
     * may see; {@code withSecurity} false leaves security events out whatever else is asked.
     */
    public record Filter(Long article, Long claim, String actor, Set<String> types, Instant from, Instant to,
            boolean withSecurity) {

        static final Filter ALL = new Filter(null, null, null, null, null, null, true);
    }

    @Inject
    EntityManager em;

    /** One claim's events, oldest first. */
    public PageResult<AuditEvent> ofClaim(long claimId, PageResult.Request paging) {
        requireClaim(claimId);
        var query = AuditEvent.<AuditEvent>find("claimId = ?1 order by seq", claimId).page(paging.page(),
                paging.size());
        return new PageResult<>(query.list(), paging.page(), paging.size(), query.count());
    }

    /** A claim's events up to and including the given place in the chain, oldest first. */
    public List<AuditEvent> ofClaimUpTo(long claimId, long seq) {
        requireClaim(claimId);
        return AuditEvent.list("claimId = ?1 and seq <= ?2 order by seq", claimId, seq);
    }

    /** The desk's history, newest first. */
    public PageResult<AuditEvent> search(Filter filter, PageResult.Request paging) {
        Where where = Where.of(filter);
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where.sql
                + " order by e.seq desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where.sql, Long.class);
        where.params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEvent> items = select.setFirstResult(paging.page() * paging.size()).setMaxResults(paging.size())
                .getResultList();
        return new PageResult<>(items, paging.page(), paging.size(), count.getSingleResult());
    }

    /**
     * The next page of the chain after a place, in order. Each page is its own short transaction,
     * so a walk over a million events neither holds a transaction open nor keeps what it has read.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEvent> eventsAfter(long afterSeq, int limit) {
        return matchingAfter(Filter.ALL, afterSeq, limit);
    }

    /** Like {@link #eventsAfter}, for the events that pass a filter (the export). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEvent> matchingAfter(Filter filter, long afterSeq, int limit) {
        Where where = Where.of(filter);
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where.sql
                + " and e.seq > :after order by e.seq", AuditEvent.class).setParameter("after", afterSeq);
        where.params.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    /**
     * The events that pass a filter after one place and up to another, in order: an event stream's
     * catch-up ({@link EventStreamResource}), page by page, each its own short transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<AuditEvent> matchingBetween(Filter filter, long afterSeq, long upToSeq, int limit) {
        Where where = Where.of(filter);
        TypedQuery<AuditEvent> select = em.createQuery("select e from AuditEvent e" + where.sql
                + " and e.seq > :after and e.seq <= :upTo order by e.seq", AuditEvent.class)
                .setParameter("after", afterSeq).setParameter("upTo", upToSeq);
        where.params.forEach(select::setParameter);
        return select.setMaxResults(limit).getResultList();
    }

    private void requireClaim(long claimId) {
        if (em.find(Claim.class, claimId) == null) {
            throw ProblemException.notFound("Claim", claimId);
        }
    }

    /** A filter as JPQL: the where clause and its parameters. */
    private record Where(String sql, Map<String, Object> params) {

        static Where of(Filter f) {
            StringBuilder sql = new StringBuilder(" where 1 = 1");
            Map<String, Object> params = new LinkedHashMap<>();
            if (f.article() != null) {
                sql.append(" and e.articleId = :article");
                params.put("article", f.article());
            }
            if (f.claim() != null) {
                sql.append(" and e.claimId = :claim");
                params.put("claim", f.claim());
            }
            if (f.actor() != null) {
                sql.append(" and e.actorName = :actor");
                params.put("actor", f.actor());
            }
            if (f.types() != null) {
                sql.append(" and e.type in :types");
                params.put("types", f.types());
            }
            if (!f.withSecurity()) {
                sql.append(" and e.type not in :security");
                params.put("security", EventType.security().stream().map(EventType::name).toList());
            }
            if (f.from() != null) {
                sql.append(" and e.occurredAt >= :from");
                params.put("from", f.from());
            }
            if (f.to() != null) {
                sql.append(" and e.occurredAt < :to");
                params.put("to", f.to());
            }
            return new Where(sql.toString(), params);
        }
    }
}
