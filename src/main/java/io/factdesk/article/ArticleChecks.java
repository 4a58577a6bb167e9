package io.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Which fetched articles are due for a scheduled check for updates, and the lease that keeps two instances
 * sharing one database from checking the same article at once (docs/articles.md, "Periodic re-checks").
 * Each method is its own short transaction: no connection is held while a page is fetched.
 */
@ApplicationScoped
@Transactional
public class ArticleChecks {

    @Inject
    EntityManager em;

    /**
     * Up to {@code limit} articles last checked before {@code before} and held by no instance at {@code now},
     * the longest unchecked first.
     */
    public List<Long> due(Instant before, Instant now, int limit) {
        return em.createQuery("select c.articleId from ArticleCheck c where c.checkedAt < :before"
                + " and (c.claimedUntil is null or c.claimedUntil < :now) order by c.checkedAt, c.articleId",
                Long.class).setParameter("before", before).setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    /**
     * Takes the article for a check until {@code until}, if it is still due and nobody holds it: one conditional
     * UPDATE, which the database runs on the row's lock, so that of two instances asking at once one gets it
     * (PostgreSQL evaluates the condition again on the row the other committed). False: another instance has
     * it, or has just checked it. The lease ends with the check ({@link ArticleCheck#record}) or at
     * {@code until}, should the instance stop half-way.
     */
    public boolean claim(long articleId, Instant before, Instant now, Instant until) {
        return em.createQuery("update ArticleCheck c set c.claimedUntil = :until where c.articleId = :id"
                + " and c.checkedAt < :before and (c.claimedUntil is null or c.claimedUntil < :now)")
                .setParameter("until", until).setParameter("id", articleId).setParameter("before", before)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /** Gives the article back without a check recorded (the check broke off for a reason of the server's). */
    public void release(long articleId) {
        em.createQuery("update ArticleCheck c set c.claimedUntil = null where c.articleId = :id")
                .setParameter("id", articleId).executeUpdate();
    }
}
