package io.factdesk.claim;

import io.factdesk.account.Role;
import io.factdesk.account.User;
import io.factdesk.audit.AuditLog;
import io.factdesk.audit.EventType;
import io.factdesk.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who has a claim: the one rule of who may give a claim to whom, and the one way an assignment is
 * made and recorded, for every path that assigns (a field edit, a move that assigns, bulk moves, the
 * claim page). docs/review.md, "What can change when".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Assignments {

    @Inject
    AuditLog audit;

    /**
     * Editors give a claim to anyone or to nobody; reviewers only take it themselves or give up a
     * claim that is theirs.
     *
     * @param current the claim's assignee now (null: nobody)
     * @param assignee who would have it (null: nobody)
     */
    public static boolean mayAssign(User actor, User current, User assignee) {
        if (actor.can(Role.EDITOR)) {
            return true;
        }
        if (assignee != null) {
            return assignee.id.equals(actor.id);
        }
        return current != null && current.id.equals(actor.id);
    }

    /** Refuses (403) an assignment {@link #mayAssign} does not allow. */
    public static void check(User actor, User current, User assignee) {
        if (!mayAssign(actor, current, assignee)) {
            throw ProblemException.forbidden("Reviewers may take a claim or give it up; only editors assign it "
                    + "to someone else.");
        }
    }

    /** The user a request names as assignee; a name nobody has is a 422 on {@code field}. */
    public static User user(String username, String field) {
        return User.findByUsername(username.strip())
                .orElseThrow(() -> ProblemException.invalid(field, "No user named '" + username + "'."));
    }

    /**
     * Gives a managed claim to {@code assignee} (null: nobody) and records it, in the caller's
     * transaction; nothing happens when it already has that assignee. The caller has checked the
     * rule ({@link #check}).
     */
    public void assign(Claim claim, User assignee, User actor) {
        String before = claim.assignee == null ? null : claim.assignee.username;
        String after = assignee == null ? null : assignee.username;
        if (Objects.equals(before, after)) {
            return;
        }
        claim.assignee = assignee;
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("assignee", before);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("assignee", after);
        audit.record(EventType.ASSIGNED, actor, claim.article.id, claim.id, b, a, null);
    }
}
