package io.factdesk.history;

import io.factdesk.account.User;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The one way to write history: every service that changes something calls {@link #record} in
 * its own transaction, so that the change and its event commit or roll back together.
 */
@ApplicationScoped
public class AuditLog {

    /**
     * Appends one event to the hash chain, in the caller's transaction (which must exist).
     *
     * @param actor     who did it (null only for the system itself, e.g. start-up)
     * @param articleId the article concerned, or null
     * @param claimId   the claim concerned, or null
     * @param before    the changed fields before the change (field name to value; empty for a creation)
     * @param after     the changed fields after it (for a creation: the whole new object)
     * @param comment   the comment, reason or note that came with the change, or null
     */
    public void record(EventType type, User actor, Long articleId, Long claimId, Map<String, Object> before,
            Map<String, Object> after, String comment) {
        // Implemented in the history work: see docs/history.md.
    }
}
