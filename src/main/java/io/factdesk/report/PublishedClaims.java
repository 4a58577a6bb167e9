package io.factdesk.report;

import io.factdesk.claim.ClaimState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Which claims are published, without reading them: the ids, articles and publication times the feeds and the
 * sitemap list, one query each. What each claim says comes from its public report ({@link ReportService}), so
 * that a feed entry and the claim's page cannot disagree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublishedClaims {

    @Inject
    EntityManager em;

    /** A published claim: its article and when it was (last) published; a correction moves {@code publishedAt}. */
    public record Published(long id, long articleId, Instant publishedAt) {
    }

    /** The {@code limit} most recently published (or corrected) claims, newest first. */
    public List<Published> newest(int limit) {
        return rows(em.createQuery("select c.id, c.article.id, c.publishedAt from Claim c where c.state = :s"
                + " order by c.publishedAt desc, c.id desc", Object[].class).setParameter("s", ClaimState.PUBLISHED)
                .setMaxResults(limit).getResultList());
    }

    /** Published claims in the order of their ids (stable pages), from {@code offset}. */
    public List<Published> byId(int offset, int limit) {
        return rows(em.createQuery("select c.id, c.article.id, c.publishedAt from Claim c where c.state = :s"
                + " order by c.id", Object[].class).setParameter("s", ClaimState.PUBLISHED).setFirstResult(offset)
                .setMaxResults(limit).getResultList());
    }

    private static List<Published> rows(List<Object[]> rows) {
        return rows.stream().map(r -> new Published((Long) r[0], (Long) r[1], (Instant) r[2])).toList();
    }

    /** How many claims are published. */
    public long count() {
        return em.createQuery("select count(c) from Claim c where c.state = :s", Long.class)
                .setParameter("s", ClaimState.PUBLISHED).getSingleResult();
    }
}
