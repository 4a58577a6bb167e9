package io.factdesk.audit;

import io.factdesk.system.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The head of the chain: the last event's number and hash, as {@code audit_head} records them. Every
 * change appends an event, so the head names the state of the whole desk: what was computed at one
 * head is the answer until the head moves ({@link ChainHead}, the view {@code system}'s caches have of it).
 */
@ApplicationScoped
public class AuditHead implements ChainHead {

    @Inject
    EntityManager em;

    /** Read in a transaction of its own, so that it sees committed rows only, as every reader of events does. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public At current() {
        Object[] row = (Object[]) em.createNativeQuery("select seq, hash from audit_head where id = 1")
                .getSingleResult();
        return new At(((Number) row[0]).longValue(), (String) row[1]);
    }
}
