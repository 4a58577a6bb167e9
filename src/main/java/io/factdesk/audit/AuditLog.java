package io.factdesk.audit;

import io.factdesk.system.HistoryRequired;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * The one way to write history: every service that changes something calls {@link #record} in
 * its own transaction, so that the change and its event commit or roll back together.
 *
 * <p>Each call costs one INSERT into audit_event, plus the lock and update of the one-row
 * audit_head that keeps the chain in one line (see {@link AuditAppender}). The caller's pending
 * changes are flushed first, so the head stays locked only for the insert and the commit; call
 * {@code record} as the last step of a change for the same reason.
 */
@ApplicationScoped
public class AuditLog {

    @Inject
    EntityManager em;

    @Inject
    HistoryRequired historyRequired;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<ChainCommitted> committed;

    /** The key under which a transaction that appended holds its {@link AfterCommit}. */
    private static final Object KEY = AfterCommit.class;

    /**
     * Appends one event to the hash chain, in the caller's transaction (which must exist).
     *
     * @param actor     who did it (null only for the system itself, e.g. start-up)
     * @param articleId the article concerned, or null
     * @param claimId   the claim concerned, or null
     * @param before    the changed fields before the change (field name to value; empty for a creation)
     * @param after     the changed fields after it (for a creation: the whole new object)
     * @param comment   the comment, reason or note that came with the change, or null
     * @return the event's place in the chain ({@code seq}): rows written after it in the same transaction may
     *         name it (a library entry names the import that last changed it, for the claim index's catch-up)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long record(EventType type, Actor actor, Long articleId, Long claimId, Map<String, Object> before,
            Map<String, Object> after, String comment) {
        return recordAll(List.of(new Pending(type, actor, articleId, claimId, before, after, comment))).get(0);
    }

    /** One event of {@link #recordAll}: the arguments of {@link #record}. */
    public record Pending(EventType type, Actor actor, Long articleId, Long claimId, Map<String, Object> before,
            Map<String, Object> after, String comment) {
        public Pending {
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * Appends several events, in order, in the caller's transaction: the changes are flushed once, then the
     * events appended one after the other. For a change that writes many events at once (a new article
     * version: one per claim), where flushing before each event would check every entity of the
     * transaction as many times.
     *
     * @return each event's {@code seq}, in the order given
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> recordAll(List<Pending> events) {
        List<AuditAppender.Draft> drafts = events.stream().map(e -> new AuditAppender.Draft(
                e.actor() == null ? null : e.actor().actorId(),
                e.actor() == null ? null : CanonicalJson.storable(e.actor().actorName()), e.type().name(),
                e.articleId(), e.claimId(), CanonicalJson.write(e.before() == null ? Map.of() : e.before()),
                CanonicalJson.write(e.after() == null ? Map.of() : e.after()), CanonicalJson.storable(e.comment())))
                .toList();
        em.flush();
        List<Long> seqs = em.unwrap(Session.class).doReturningWork(connection -> AuditAppender
                .appendAll(connection, drafts).stream().map(AuditAppender.Appended::seq).toList());
        historyRequired.appended();
        if (transactions.getResource(KEY) == null) {
            AfterCommit afterCommit = new AfterCommit();
            transactions.putResource(KEY, afterCommit);
            transactions.registerInterposedSynchronization(afterCommit);
        }
        return seqs;
    }

    /** Fires {@link ChainCommitted} once per transaction that appended, when (and only if) it committed. */
    private final class AfterCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                committed.fire(new ChainCommitted());
            }
        }
    }

    /**
     * Appends an event done by whoever is signed in for the current request — or by the system,
     * when there is no request (start-up) or no one is signed in. For changes whose service is not
     * handed the acting user, such as the user administration.
     */
    /**
     * Keeps in {@code before} and {@code after} only the fields whose value changed (both maps are
     * edited in place), for an edit event that records what changed; true when anything did.
     */
    public static boolean keepChanges(Map<String, Object> before, Map<String, Object> after) {
        before.keySet().removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        after.keySet().retainAll(before.keySet());
        return !after.isEmpty();
    }
}
